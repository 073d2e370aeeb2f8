package fi.polku.accounts.internal;

import fi.polku.accounts.Audit;
import fi.polku.accounts.PersonalData;
import fi.polku.accounts.Privacy;
import fi.polku.accounts.PrivacyException;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Export and deletion, both by asking every {@link PersonalData} in turn. Deletion calls them
 * synchronously in one transaction (decision record 016): a half-erased person is worse than a
 * deletion that fails and can be tried again.
 */
@Service
class PrivacyService implements Privacy {

    private final UserRepository users;
    private final AuditService audit;
    private final ObjectProvider<PersonalData> modules;
    private final ObjectMapper json;
    private final SecurityContextHolderStrategy security;

    PrivacyService(UserRepository users, AuditService audit, ObjectProvider<PersonalData> modules, ObjectMapper json,
                   ObjectProvider<SecurityContextHolderStrategy> security) {
        this.users = users;
        this.audit = audit;
        this.modules = modules;
        this.json = json;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void export(UserId person, OutputStream out) throws IOException {
        UserAccount account = requireSelfOrAdmin(person);
        List<PersonalData> sections = modules.orderedStream().toList();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        readme(zip, account, sections);
        ZipSink profile = new ZipSink("account", zip, json);
        profile.json("profile", profile(account));
        profile.finish();
        for (PersonalData section : sections) {
            ZipSink sink = new ZipSink(section.section(), zip, json);
            section.export(person, sink);
            sink.finish();
        }
        zip.finish();
        audit.record(Audit.DATA_EXPORTED, person, null);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(UserId person) {
        UserAccount account = requireSelfOrAdmin(person);
        if (account.hasRole(Role.ADMIN) && users.countByRoles(Role.ADMIN) <= 1) {
            throw new PrivacyException("privacy.delete.last-admin");
        }
        modules.orderedStream().forEach(section -> section.erase(person));
        audit.record(Audit.ACCOUNT_DELETED, person, isSelf(account) ? "self" : "admin");
        audit.forget(person);
        users.deleteById(person.value());
        users.flush();
    }

    private UserAccount requireSelfOrAdmin(UserId person) {
        UserAccount account = users.findById(person.value()).map(User::toAccount)
                .orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (isSelf(account)) {
            return account;
        }
        Authentication auth = security.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (!admin) {
            throw new AccessDeniedException("Only the person themself or an admin");
        }
        return account;
    }

    private boolean isSelf(UserAccount account) {
        Authentication auth = security.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && User.normaliseEmail(auth.getName()).equals(account.email());
    }

    private static Map<String, Object> profile(UserAccount a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", a.id().value());
        p.put("email", a.email());
        p.put("name", a.displayName());
        p.put("school", a.school());
        p.put("language", a.language().toLanguageTag());
        p.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
        p.put("created_at", a.createdAt());
        return p;
    }

    /** Says in the person's own language what each file holds. */
    private static void readme(ZipOutputStream zip, UserAccount account, List<PersonalData> sections) throws IOException {
        ResourceBundle words = ResourceBundle.getBundle("i18n.messages", account.language(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder text = new StringBuilder(words.getString("privacy.readme.intro")).append("\n\n");
        text.append("account.json: ").append(words.getString("privacy.readme.account")).append('\n');
        for (PersonalData section : sections) {
            String key = "privacy.readme." + section.section();
            text.append(section.section()).append(".json: ")
                    .append(words.containsKey(key) ? words.getString(key) : "").append('\n');
        }
        text.append("files/: ").append(words.getString("privacy.readme.files")).append('\n');
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
