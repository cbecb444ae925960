package fi.polku.api;

/**
 * What Polku accepts as text from a client: anything Unicode can say except control characters
 * (other than tab, line feed and carriage return) and halves of surrogate pairs. A NUL could not
 * even be stored (PostgreSQL refuses it in text); the others have no business in a name or a note
 * and can hide things in logs and exports. HTML, SQL and right-to-left marks are text like any
 * other: stored as sent and returned as JSON strings.
 */
public final class Text {

    public static final String RULE = "control-character";
    public static final String MESSAGE = "must not contain control characters (other than tab, line feed and carriage "
            + "return) or unpaired surrogates";

    private Text() {
    }

    /** Whether the text holds a character Polku refuses. */
    public static boolean refused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
