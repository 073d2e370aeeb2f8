package fi.polku.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.polku.community.Gallery;
import fi.polku.community.Gallery.Card;
import fi.polku.community.Gallery.Filter;
import fi.polku.community.Gallery.Kind;
import fi.polku.community.Gallery.ProjectCandidate;
import fi.polku.community.Gallery.Tag;
import fi.polku.content.CourseCatalog;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A course's gallery: the entries the reader may see as cards, filtered by kind and tags (kept in
 * the URL, so a filtered view can be bookmarked and shared). Open to every signed-in user; what
 * each sees depends on the entries' visibility.
 */
@Route("gallery/:courseId")
@PermitAll
@StyleSheet("styles/gallery.css")
class GalleryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final RadioButtonGroup<Optional<Kind>> kind = new RadioButtonGroup<>();
    final Div chips = new Div();
    final Div cards = new Div();
    final Paragraph empty = new Paragraph();
    final Button publishProject = new Button();
    final Button shareStory = new Button();
    private final Gallery gallery;
    private final CourseCatalog catalog;
    private String courseId = "";
    private String title = "";
    private Filter filter = Filter.none();

    GalleryView(Gallery gallery, CourseCatalog catalog) {
        this.gallery = gallery;
        this.catalog = catalog;
        addClassNames("page", "wide-page", "gallery-page");
        publishProject.setText(getTranslation("gallery.publish-project"));
        publishProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publishProject.addClickListener(e -> openPublish("project"));
        shareStory.setText(getTranslation("gallery.share-story"));
        shareStory.addClickListener(e -> openPublish("story"));
        kind.setLabel(getTranslation("gallery.show"));
        kind.setItems(Optional.empty(), Optional.of(Kind.PROJECT), Optional.of(Kind.STORY));
        kind.setItemLabelGenerator(k -> k.map(v -> getTranslation("gallery.kinds." + v.name().toLowerCase()))
                .orElse(getTranslation("gallery.kinds.all")));
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(new Filter(e.getValue() == null ? Optional.empty() : e.getValue(), filter.tags()));
            }
        });
        chips.addClassName("gallery-chips");
        cards.addClassName("gallery-cards");
        empty.addClassName("notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        var course = catalog.course(courseId, getLocale()).orElseThrow(NotFoundException::new);
        title = getTranslation("gallery.page-title", course.title());
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional<Kind> chosenKind = query.getOrDefault("kind", List.of()).stream().findFirst()
                .flatMap(k -> java.util.Arrays.stream(Kind.values()).filter(v -> v.name().equalsIgnoreCase(k)).findFirst());
        Set<Tag> chosenTags = new LinkedHashSet<>();
        query.getOrDefault("tag", List.of()).forEach(t -> Tag.parse(t).ifPresent(chosenTags::add));
        filter = new Filter(chosenKind, chosenTags);
        removeAll();
        Anchor back = new Anchor("courses/" + courseId, course.title());
        back.addClassName("breadcrumb");
        add(back, new H1(title), new Paragraph(getTranslation("gallery.intro")));
        Div actions = new Div(publishProject, shareStory);
        actions.addClassName("gallery-actions");
        add(actions, filters(), empty, cards);
        show();
        query.getOrDefault("publish", List.of()).stream().findFirst().ifPresent(this::openPublish);
    }

    private Div filters() {
        kind.setValue(filter.kind());
        Div box = new Div(kind, chips);
        box.addClassName("gallery-filters");
        return box;
    }

    void show() {
        Gallery.Listing listing = gallery.list(courseId, filter);
        List<ProjectCandidate> projects = listing.canPublish() ? gallery.projectCandidates(courseId) : List.of();
        publishProject.setVisible(projects.stream().anyMatch(p -> !p.published()));
        shareStory.setVisible(listing.canPublish());
        chips.removeAll();
        listing.tagsInUse().forEach((category, values) -> values.forEach(v -> chips.add(chip(new Tag(category, v)))));
        chips.setVisible(chips.getComponentCount() > 0);
        cards.removeAll();
        listing.cards().forEach(c -> cards.add(card(c)));
        empty.setVisible(listing.cards().isEmpty());
        empty.setText(getTranslation(!filter.tags().isEmpty() || filter.kind().isPresent() ? "gallery.no-match"
                : listing.canPublish() ? "gallery.empty" : "gallery.empty-reader"));
    }

    private Button chip(Tag tag) {
        boolean on = filter.tags().contains(tag);
        Button chip = new Button(tag.value(), e -> {
            Set<Tag> tags = new LinkedHashSet<>(filter.tags());
            if (!tags.remove(tag)) {
                tags.add(tag);
            }
            go(new Filter(filter.kind(), tags));
        });
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        chip.getElement().setAttribute("title", getTranslation("gallery.tag." + tag.category().key()));
        chip.addClassName("gallery-chip");
        return chip;
    }

    private Div card(Card c) {
        Anchor heading = new Anchor("gallery/entry/" + c.id(), c.title());
        H2 h2 = new H2(heading);
        Paragraph excerpt = new Paragraph(c.excerpt());
        Span by = new Span(c.author());
        by.addClassName("muted");
        Span tries = new Span(getTranslation("gallery.tries", c.tries()));
        tries.addClassName("gallery-tries");
        Div meta = new Div(GalleryTags.kind(this, c.kind()), by, tries);
        meta.addClassName("gallery-meta");
        Div card = new Div(meta, h2, excerpt, GalleryTags.of(this, c.tags()));
        if (c.withdrawn()) {
            Span withdrawn = new Span(getTranslation("gallery.withdrawn"));
            withdrawn.addClassName("badge");
            meta.add(withdrawn);
        }
        card.addClassNames("course-card", "gallery-card");
        return card;
    }

    private void go(Filter next) {
        Map<String, List<String>> params = new HashMap<>();
        next.kind().ifPresent(k -> params.put("kind", List.of(k.name().toLowerCase())));
        if (!next.tags().isEmpty()) {
            params.put("tag", new ArrayList<>(next.tags().stream().map(Tag::token).toList()));
        }
        getUI().ifPresent(ui -> ui.navigate("gallery/" + courseId, new QueryParameters(params)));
    }

    /** From the assignment's "share in the gallery" link: {@code ?publish=<lessonId>}, or {@code story}. */
    void openPublish(String what) {
        if ("story".equals(what)) {
            GalleryFormDialog.publish(gallery, courseId, Kind.STORY, List.of(), this::opened).open();
            return;
        }
        List<ProjectCandidate> projects = gallery.projectCandidates(courseId);
        GalleryFormDialog dialog = GalleryFormDialog.publish(gallery, courseId, Kind.PROJECT, projects, this::opened);
        projects.stream().filter(p -> p.lessonId().equals(what) && !p.published()).findFirst()
                .ifPresent(dialog.project::setValue);
        dialog.open();
    }

    private void opened(java.util.UUID id) {
        getUI().ifPresent(ui -> ui.navigate("gallery/entry/" + id));
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
