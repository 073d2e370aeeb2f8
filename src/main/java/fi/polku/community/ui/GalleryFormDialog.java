package fi.polku.community.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.polku.community.Gallery;
import fi.polku.community.Gallery.Form;
import fi.polku.community.Gallery.Kind;
import fi.polku.community.Gallery.ProjectCandidate;
import fi.polku.community.Gallery.Tag;
import fi.polku.community.Gallery.TagCategory;
import fi.polku.community.Gallery.Visibility;
import fi.polku.community.GalleryException;
import fi.polku.shared.ui.FieldProblems;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Publishing a project or a story, or editing one's entry: title, Markdown text, tags in four
 * categories (existing ones suggested, new ones typed in) and who may see it.
 */
class GalleryFormDialog extends Dialog {

    final Select<ProjectCandidate> project = new Select<>();
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final Map<TagCategory, MultiSelectComboBox<String>> tags = new EnumMap<>(TagCategory.class);
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Button save = new Button();
    private final Gallery gallery;
    private final String courseId;
    private final Consumer<UUID> saved;

    /** Publishing: a project when {@code candidates} are given, a story otherwise. */
    static GalleryFormDialog publish(Gallery gallery, String courseId, Kind kind, List<ProjectCandidate> candidates,
                                     Consumer<UUID> saved) {
        GalleryFormDialog dialog = new GalleryFormDialog(gallery, courseId, saved);
        dialog.setHeaderTitle(dialog.getTranslation(kind == Kind.PROJECT ? "gallery.publish-project"
                : "gallery.share-story"));
        if (kind == Kind.PROJECT) {
            dialog.chooseProject(candidates);
        } else {
            dialog.add(new Paragraph(dialog.getTranslation("gallery.story-help")));
        }
        dialog.fields(null);
        dialog.save.setText(dialog.getTranslation("gallery.publish"));
        dialog.save.addClickListener(e -> dialog.submit(() -> kind == Kind.PROJECT
                ? gallery.publishProject(courseId, dialog.chosenLesson(), dialog.form())
                : gallery.publishStory(courseId, dialog.form())));
        return dialog;
    }

    static GalleryFormDialog edit(Gallery gallery, Gallery.Entry entry, Consumer<UUID> saved) {
        GalleryFormDialog dialog = new GalleryFormDialog(gallery, entry.courseId(), saved);
        dialog.setHeaderTitle(dialog.getTranslation("gallery.edit"));
        dialog.fields(entry);
        dialog.save.setText(dialog.getTranslation("gallery.save"));
        dialog.save.addClickListener(e -> dialog.submit(() -> gallery.edit(entry.id(), dialog.form()).id()));
        return dialog;
    }

    private GalleryFormDialog(Gallery gallery, String courseId, Consumer<UUID> saved) {
        this.gallery = gallery;
        this.courseId = courseId;
        this.saved = saved;
        setWidth("min(48rem, 96vw)");
        addClassName("gallery-form");
    }

    private void chooseProject(List<ProjectCandidate> candidates) {
        project.setLabel(getTranslation("gallery.which-project"));
        project.setItems(candidates);
        project.setItemLabelGenerator(c -> c.lessonTitle() + ": " + c.title());
        project.setItemEnabledProvider(c -> !c.published());
        project.setWidthFull();
        project.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                title.setValue(e.getValue().title());
                text.setValue(e.getValue().text());
            }
        });
        add(project);
        candidates.stream().filter(c -> !c.published()).findFirst().ifPresent(project::setValue);
        project.setVisible(candidates.size() > 1);
    }

    private void fields(Gallery.@Nullable Entry entry) {
        title.setLabel(getTranslation("gallery.title"));
        title.setWidthFull();
        title.setMaxLength(300);
        title.setManualValidation(true);
        text.setLabel(getTranslation("gallery.text"));
        text.setHelperText(getTranslation("gallery.markdown-help"));
        text.setWidthFull();
        text.setMinRows(6);
        text.setManualValidation(true);
        add(title, text);
        Map<TagCategory, List<String>> suggestions = gallery.tagSuggestions(courseId);
        for (TagCategory category : TagCategory.values()) {
            add(tagField(category, suggestions.getOrDefault(category, List.of()),
                    entry == null ? List.of() : entry.tags().getOrDefault(category, List.of())));
        }
        visibility.setLabel(getTranslation("gallery.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("gallery.visibility." + v.name().toLowerCase()));
        visibility.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        visibility.setValue(entry == null ? Visibility.COHORT : entry.visibility());
        add(visibility);
        if (entry != null) {
            title.setValue(entry.title());
            text.setValue(entry.markdown() == null ? "" : entry.markdown());
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("gallery.cancel"), e -> close()), save);
    }

    private MultiSelectComboBox<String> tagField(TagCategory category, List<String> suggested, List<String> chosen) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(getTranslation("gallery.tag." + category.key()));
        List<String> items = new ArrayList<>(new LinkedHashSet<>(suggested));
        chosen.stream().filter(t -> !items.contains(t)).forEach(items::add);
        field.setItems(items);
        field.setAllowCustomValue(true);
        field.setHelperText(getTranslation("gallery.tag-help"));
        field.setWidthFull();
        field.setManualValidation(true);
        field.addCustomValueSetListener(e -> {
            String tag = Tag.normalise(e.getDetail());
            if (tag.isEmpty()) {
                return;
            }
            Set<String> value = new LinkedHashSet<>(field.getValue());
            if (!items.contains(tag)) {
                items.add(tag);
                field.setItems(items);
            }
            value.add(tag);
            field.setValue(value);
        });
        field.setValue(new LinkedHashSet<>(chosen));
        tags.put(category, field);
        return field;
    }

    private String chosenLesson() {
        ProjectCandidate chosen = project.getValue();
        if (chosen == null) {
            throw new GalleryException(null, "gallery.not-assessed");
        }
        return chosen.lessonId();
    }

    Form form() {
        Map<TagCategory, Set<String>> chosen = new EnumMap<>(TagCategory.class);
        tags.forEach((category, field) -> chosen.put(category, new LinkedHashSet<>(field.getValue())));
        return new Form(title.getValue(), text.getValue(), chosen, visibility.getValue());
    }

    private void submit(java.util.function.Supplier<UUID> action) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("text", text);
        tags.forEach((category, field) -> fields.put("tag-" + category.key(), field));
        FieldProblems.clear(fields);
        try {
            UUID id = action.get();
            close();
            saved.accept(id);
        } catch (GalleryException problem) {
            FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(), fields);
        }
    }
}
