package fi.polku.community.ui;

import com.vaadin.flow.component.Component;
import fi.polku.community.Discussions;
import fi.polku.content.LessonPage;
import fi.polku.content.ui.ContentViewExtension;

import java.util.List;
import java.util.Optional;

/** Puts the discussion under every lesson, for the course's participants only, below the lesson's own panels. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class CommunityExtension implements ContentViewExtension {

    private final Discussions discussions;

    CommunityExtension(Discussions discussions) {
        this.discussions = discussions;
    }

    @Override
    public List<Component> lessonPanels(LessonPage page) {
        return discussions.board(page.courseId(), page.lesson().id(), Optional.empty())
                .<List<Component>>map(board -> List.of(new DiscussionPanel(discussions, board, page.courseId(),
                        page.lesson().id())))
                .orElse(List.of());
    }
}
