package fi.polku.certificates.internal;

import fi.polku.certificates.CertificateView;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open Badges 3.0 credential ({@code OpenBadgeCredential}, a W3C verifiable credential) for a
 * certificate, unsigned: docs/CERTIFICATES.md says how a site adds a proof.
 */
final class OpenBadge {

    private OpenBadge() {
    }

    static Map<String, Object> credential(CertificateView c, String baseUrl, String verifyUrl, String description) {
        String courseUrl = baseUrl + "courses/" + c.courseId();
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", baseUrl + "badges/issuer");
        issuer.put("type", List.of("Profile"));
        issuer.put("name", c.organisation());
        issuer.put("url", baseUrl);

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", courseUrl);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", c.courseTitle());
        achievement.put("description", description);
        achievement.put("criteria", Map.of("narrative", description));
        if (c.hours() != null) {
            achievement.put("creditsAvailable", c.credits() == null ? 0 : c.credits());
        }

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
                "identityHash", c.learnerName())));
        subject.put("achievement", achievement);

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", baseUrl + "badges/" + c.code() + ".json");
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", c.courseTitle());
        credential.put("issuer", issuer);
        credential.put("validFrom", c.issuedAt().atOffset(ZoneOffset.UTC).toString());
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", Map.of("id", verifyUrl, "type", "PolkuVerifyPage",
                "status", c.status().name()));
        return credential;
    }
}
