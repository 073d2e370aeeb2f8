package fi.polku.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonPage;
import fi.polku.content.LessonSummary;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** One lesson: where it sits, its text, its type's details, and the way on. */
@Route("courses/:courseId/:lessonId")
@PermitAll
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int TOC_MIN_HEADINGS = 3;

    private final CourseCatalog catalog;
    private final List<ContentViewExtension> extensions;
    private String title = "";
    final Div body = new Div();

    LessonView(CourseCatalog catalog, List<ContentViewExtension> extensions) {
        this.catalog = catalog;
        this.extensions = extensions;
        addClassNames("page", "lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        LessonPage page = catalog.lesson(courseId, lessonId, getLocale()).orElseThrow(NotFoundException::new);
        title = page.lesson().title();
        removeAll();
        body.removeAll();
        String base = "courses/" + courseId + "/";

        Nav crumbs = new Nav(new Anchor("courses/" + courseId, page.courseTitle()), new Span("›"),
                new Span(page.part().title()));
        crumbs.addClassName("breadcrumb");
        crumbs.getElement().setAttribute("aria-label", getTranslation("lesson.breadcrumb"));
        H1 heading = new H1(page.lesson().title());
        Paragraph meta = new Paragraph(getTranslation("lesson.type." + page.lesson().type().key())
                + (page.lesson().estimatedMinutes() > 0 ? " · " + Format.minutes(this, page.lesson().estimatedMinutes()) : "")
                + (page.lesson().required() ? "" : " · " + getTranslation("lesson.optional")));
        meta.addClassName("muted");
        add(crumbs, heading, meta);
        if (page.fallback()) {
            Div notice = new Div(new Span(getTranslation("lesson.fallback",
                    Format.capitalised(getLocale().getDisplayLanguage(getLocale()), getLocale()),
                    page.language().getDisplayLanguage(getLocale()))));
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "note");
            add(notice);
        }
        if (page.toc().size() >= TOC_MIN_HEADINGS) {
            add(toc(base + page.lesson().id(), page));
        }
        body.addClassName("lesson-body");
        // The rendered lesson as the element's innerHTML. (Html would parse it with jsoup on every visit
        // to find its root element: 1 % of the server's time in the learner load test.)
        Div text = new Div();
        text.getElement().setProperty("innerHTML", page.html());
        body.add(text);
        LessonDetailsPanel details = new LessonDetailsPanel(page.details());
        if (page.details() instanceof LessonDetails.Session) {
            add(details, body); // when and where come first for a meeting
        } else {
            add(body, details);
        }
        extensions.forEach(x -> x.lessonPanels(page).forEach(this::add));
        add(pager(base, page));
    }

    private Nav toc(String path, LessonPage page) {
        UnorderedList list = new UnorderedList();
        for (LessonPage.Heading h : page.toc()) {
            ListItem item = new ListItem(new Anchor(path + "#" + h.id(), h.text()));
            item.addClassName("toc-level-" + h.level());
            list.add(item);
        }
        Span label = new Span(getTranslation("lesson.toc"));
        label.addClassName("toc-label");
        Nav toc = new Nav(label, list);
        toc.addClassName("toc");
        toc.getElement().setAttribute("aria-label", getTranslation("lesson.toc"));
        return toc;
    }

    private Nav pager(String base, LessonPage page) {
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.getElement().setAttribute("aria-label", getTranslation("lesson.pager"));
        pager.add(link(base, page.previous(), "lesson.previous", "prev"));
        pager.add(link(base, page.next(), "lesson.next", "next"));
        return pager;
    }

    private Div link(String base, @Nullable LessonSummary target, String key, String cls) {
        Div slot = new Div();
        slot.addClassName(cls);
        if (target != null && !target.broken()) {
            Span label = new Span(getTranslation(key));
            label.addClassName("pager-label");
            Anchor a = new Anchor(base + target.id(), "");
            a.add(label, new Span(target.title()));
            slot.add(a);
        }
        return slot;
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
