package fi.polku.supplement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The supplement application's messages are exactly its event types' and the cancellation's. */
class SupplementVocabularyTest {

    @Test
    void theModelWaitsForExactlyTheMessagesOfTheEventTypesAndTheCancellation() throws IOException {
        Matcher matcher = Pattern.compile("<bpmn:message id=\"[^\"]+\" name=\"(\\w+)\"")
                .matcher(Files.readString(Path.of("processes/supplement-application.bpmn")));
        Set<String> declared = new LinkedHashSet<>();
        while (matcher.find()) {
            declared.add(matcher.group(1));
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(Stream.concat(
                Arrays.stream(SupplementEventType.values()).map(SupplementEventType::messageName),
                Stream.of(SupplementProcess.CANCELLED_MESSAGE)).toList());
    }
}
