package fi.polku.supplement;

import com.fasterxml.jackson.annotation.JsonValue;
import fi.polku.language.Language;
import java.util.Locale;

/** The language the employer is answered in; the contract spells it in lower case ({@code fi}, {@code sv}, {@code en}). */
enum ApplicantLanguage {
    FI(Language.FI), SV(Language.SV), EN(Language.EN);

    private final Language language;

    ApplicantLanguage(Language language) {
        this.language = language;
    }

    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Language language() {
        return language;
    }

    static ApplicantLanguage ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
