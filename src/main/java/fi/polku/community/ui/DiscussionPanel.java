package fi.polku.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.polku.community.DiscussionException;
import fi.polku.community.Discussions;
import fi.polku.community.Discussions.Board;
import fi.polku.community.Discussions.ThreadView;
import fi.polku.learning.CohortId;
import fi.polku.shared.ui.FieldProblems;

import java.util.Map;
import java.util.Optional;

/**
 * A lesson's discussion for the signed-in participant: new thread form, threads (pinned first,
 * then the most recently active) with their replies.
 */
class DiscussionPanel extends Div {

    final TextArea newThread = new TextArea();
    final Button post = new Button();
    final ComboBox<String> mention = new ComboBox<>();
    final Select<CohortId> cohortChoice = new Select<>();
    final Div threads = new Div();
    private final Discussions discussions;
    private final String courseId;
    private final String lessonId;
    private Board board;

    DiscussionPanel(Discussions discussions, Board board, String courseId, String lessonId) {
        this.discussions = discussions;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.board = board;
        addClassName("discussion-panel");
        setId("discussion");
        H2 title = new H2(getTranslation("discussion.title"));

        cohortChoice.setLabel(getTranslation("discussion.cohort"));
        cohortChoice.setItems(board.cohorts().keySet());
        cohortChoice.setItemLabelGenerator(id -> board.cohorts().getOrDefault(id, "?"));
        cohortChoice.setValue(board.cohort());
        cohortChoice.setVisible(board.cohorts().size() > 1);
        cohortChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                refresh(Optional.of(e.getValue()));
            }
        });

        newThread.setLabel(getTranslation("discussion.new-thread"));
        newThread.setHelperText(getTranslation("discussion.markdown-help"));
        newThread.setWidthFull();
        newThread.setMinHeight("6rem");
        newThread.setMaxLength(10_000);
        newThread.setManualValidation(true);
        mention.setLabel(getTranslation("discussion.mention"));
        mention.setPlaceholder(getTranslation("discussion.mention-placeholder"));
        mention.setItems(board.mentionable());
        mention.setVisible(!board.mentionable().isEmpty());
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                newThread.setValue((newThread.getValue() + " @" + e.getValue() + " ").stripLeading());
                mention.clear();
                newThread.focus();
            }
        });
        post.setText(getTranslation("discussion.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> startThread());
        Div form = new Div(newThread, mention, post);
        form.addClassName("discussion-form");

        threads.addClassName("discussion-threads");
        add(title, cohortChoice, form, threads);
        showThreads();
    }

    private void startThread() {
        try {
            newThread.setInvalid(false);
            discussions.startThread(courseId, lessonId, board.cohort(), newThread.getValue());
            newThread.clear();
            refresh(Optional.of(board.cohort()));
        } catch (DiscussionException problem) {
            FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(),
                    Map.of("body", newThread));
        }
    }

    void refresh(Optional<CohortId> cohort) {
        discussions.board(courseId, lessonId, cohort).ifPresent(b -> {
            board = b;
            showThreads();
        });
    }

    private void showThreads() {
        threads.removeAll();
        if (board.threads().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("discussion.empty"));
            empty.addClassName("empty-state");
            threads.add(empty);
            return;
        }
        for (ThreadView thread : board.threads()) {
            threads.add(new ThreadCard(discussions, thread, board.moderator(),
                    () -> refresh(Optional.of(board.cohort()))));
        }
    }
}
