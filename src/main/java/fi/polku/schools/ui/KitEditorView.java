package fi.polku.schools.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.polku.schools.KitException;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;
import fi.polku.shared.UntrustedText;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/** Adds a kit to the catalogue or revises one: text, quantity, guide with preview, photo; retires it. */
@Route("kits/edit/:kitId?([0-9a-fA-F-]{36})")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class KitEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = new TextField();
    final TextArea contents = new TextArea();
    final IntegerField quantity = new IntegerField();
    final TextArea guide = new TextArea();
    final Button save = new Button();
    final Div photoArea = new Div();
    private final Kits kits;
    private KitViews.@Nullable Kit kit;

    KitEditorView(Kits kits) {
        this.kits = kits;
        addClassNames("page", "lesson-page");
        name.setLabel(getTranslation("kits.name"));
        name.setMaxLength(200);
        name.setWidthFull();
        contents.setLabel(getTranslation("kits.contents"));
        contents.setHelperText(getTranslation("kits.contents-help"));
        contents.setMaxLength(5000);
        contents.setWidthFull();
        quantity.setLabel(getTranslation("kits.quantity"));
        quantity.setMin(1);
        quantity.setStepButtonsVisible(true);
        quantity.setValue(1);
        guide.setLabel(getTranslation("kits.guide"));
        guide.setHelperText(getTranslation("kits.guide-help"));
        guide.setMaxLength(50_000);
        guide.setWidthFull();
        guide.setMinHeight("14rem");
        for (HasValidation field : fields().values()) {
            field.setManualValidation(true);
        }
        save.setText(getTranslation("kits.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "contents", contents, "quantity", quantity, "guide", guide);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kit = event.getRouteParameters().get("kitId")
                .map(id -> kits.kit(KitId.of(id)).orElseThrow(NotFoundException::new)).orElse(null);
        removeAll();
        add(new H1(kit == null ? getTranslation("kits.new") : kit.name()));
        if (kit != null) {
            name.setValue(kit.name());
            contents.setValue(kit.contents());
            quantity.setValue(kit.quantity());
            guide.setValue(kit.guide());
        }
        Div preview = new Div();
        preview.addClassName("lesson-body");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("kits.write"), guide);
        tabs.add(getTranslation("kits.preview"), preview);
        tabs.addSelectedChangeListener(e -> {
            preview.removeAll();
            preview.add(new Html("<div>" + UntrustedText.toHtml(guide.getValue()) + "</div>"));
        });
        tabs.setWidthFull();
        add(name, contents, quantity, tabs, save, new H2(getTranslation("kits.photo")), photoArea);
        showPhotoArea();
        if (kit != null && !kit.retired()) {
            add(retireButton(kit));
        }
    }

    private void showPhotoArea() {
        photoArea.removeAll();
        if (kit == null) {
            photoArea.add(new Paragraph(getTranslation("kits.photo-after-save")));
            return;
        }
        if (kit.photoVersion() != null) {
            photoArea.add(KitCatalogView.photo(kit, getTranslation("kits.photo-of", kit.name())));
        }
        photoArea.add(new KitPhotoUpload(kits, kit.id(), updated -> {
            kit = updated;
            showPhotoArea();
        }));
    }

    private void save() {
        KitProblems.clear(fields());
        if (quantity.getValue() == null) {
            quantity.setErrorMessage(getTranslation("kits.error.quantity", 1000));
            quantity.setInvalid(true);
            return;
        }
        KitViews.KitForm form = new KitViews.KitForm(name.getValue(), contents.getValue(), quantity.getValue(),
                guide.getValue());
        try {
            KitViews.Kit saved = kit == null ? kits.create(form) : kits.update(kit.id(), form);
            Notification.show(getTranslation("kits.saved", saved.name()));
            if (kit == null) {
                UI.getCurrent().navigate("kits/edit/" + saved.id());
            } else {
                kit = saved;
            }
        } catch (KitException problem) {
            KitProblems.show(this, problem, fields());
        }
    }

    private Button retireButton(KitViews.Kit current) {
        Button retire = new Button(getTranslation("kits.retire"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("kits.retire"),
                    getTranslation("kits.retire-confirm", current.name()), getTranslation("kits.retire"), ok -> {
                        kits.retire(current.id());
                        UI.getCurrent().navigate("kits");
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("kits.back"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.getStyle().set("margin-top", "var(--lumo-space-xl)");
        return retire;
    }

    @Override
    public String getPageTitle() {
        return (kit == null ? getTranslation("kits.new") : kit.name()) + " · Polku";
    }
}
