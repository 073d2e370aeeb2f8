package fi.polku.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeFileNameTest {

    @Test
    void pathTricksLoseTheirPathAndKeepOnlyTheLastName() {
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileName.of("..\\..\\x")).isEqualTo("x");
        assertThat(SafeFileName.of("/etc/shadow")).isEqualTo("shadow");
        assertThat(SafeFileName.of("C:\\Windows\\system32\\drivers\\etc\\hosts")).isEqualTo("hosts");
        assertThat(SafeFileName.of("\\\\server\\share\\raportti.pdf")).isEqualTo("raportti.pdf");
        assertThat(SafeFileName.of("..")).isEqualTo(SafeFileName.FALLBACK);
        assertThat(SafeFileName.of("raportti.pdf/..")).isEqualTo(SafeFileName.FALLBACK);
    }

    @Test
    void controlCharactersNulAndTheRightToLeftOverrideCannotDisguiseAName() {
        assertThat(SafeFileName.of("raportti\u0000.exe.pdf")).isEqualTo("raportti_.exe.pdf");
        assertThat(SafeFileName.of("a\r\nContent-Type: text/html.pdf")).doesNotContain("\r", "\n", ":");
        // "kuva\u202Egnp.exe" shows as "kuvaexe.png" in a browser; cleaned, it reads as what it is.
        assertThat(SafeFileName.of("kuva\u202Egnp.exe")).isEqualTo("kuva_gnp.exe");
        assertThat(SafeFileName.of("x\u200F\u2066y.pdf")).isEqualTo("x__y.pdf");
        assertThat(SafeFileName.of("\u0007\u001b[31mred.pdf")).isEqualTo("___31mred.pdf");
    }

    @Test
    void finnishAndSwedishLettersSurviveInEitherUnicodeForm() {
        assertThat(SafeFileName.of("Äänekosken koulu – työ ja målning.docx"))
                .as("a dash of any kind becomes a hyphen").isEqualTo("Äänekosken koulu - työ ja målning.docx");
        assertThat(SafeFileName.of("A\u0308a\u0308nekoski.pdf")).isEqualTo("Äänekoski.pdf");
    }

    @Test
    void aVeryLongNameIsCutKeepingItsExtension() {
        String safe = SafeFileName.of("ö".repeat(5000) + ".pptx");
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(SafeFileName.MAX_LENGTH);
        assertThat(safe).endsWith("ööö.pptx");
    }
}
