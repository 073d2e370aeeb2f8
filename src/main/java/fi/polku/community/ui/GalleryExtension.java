package fi.polku.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.polku.accounts.CurrentUser;
import fi.polku.community.Gallery;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonPage;
import fi.polku.content.ui.ContentViewExtension;

import java.util.List;

/**
 * Leads into the gallery from the course page, and from an assignment once the learner's report
 * is assessed and not yet shared.
 */
@org.springframework.stereotype.Component
class GalleryExtension implements ContentViewExtension {

    private final Gallery gallery;
    private final CurrentUser currentUser;

    GalleryExtension(Gallery gallery, CurrentUser currentUser) {
        this.gallery = gallery;
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> courseHeader(CourseSummary course) {
        if (currentUser.get().isEmpty()) {
            return List.of();
        }
        Anchor link = new Anchor("gallery/" + course.id(), text("gallery.open"));
        link.addClassName("button-link");
        return List.of(new Div(link));
    }

    @Override
    public List<Component> lessonPanels(LessonPage page) {
        if (!(page.details() instanceof LessonDetails.Assignment) || currentUser.get().isEmpty()) {
            return List.of();
        }
        boolean shareable = gallery.projectCandidates(page.courseId()).stream()
                .anyMatch(c -> c.lessonId().equals(page.lesson().id()) && !c.published());
        if (!shareable) {
            return List.of();
        }
        Div invite = new Div(new Paragraph(text("gallery.invite")),
                new Anchor("gallery/" + page.courseId() + "?publish=" + page.lesson().id(), text("gallery.publish-project")));
        invite.addClassName("notice");
        return List.of(invite);
    }

    private static String text(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
