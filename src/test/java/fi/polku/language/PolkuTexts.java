package fi.polku.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.security.TasklistFilterSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Polku's texts as the tests read them: the English where each is defined, and the message files. */
public final class PolkuTexts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolkuTexts() {
    }

    /** The English of every key: the models', the filters' and en.json's. */
    public static Map<String, String> english() throws Exception {
        Map<String, String> english = new LinkedHashMap<>(models());
        english.putAll(TasklistFilterSetup.englishTexts());
        english.putAll(file(Language.EN));
        return english;
    }

    /** The texts the forms and the BPMN models carry (English). */
    public static Map<String, String> models() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path form : files(Path.of("forms"), ".form")) {
            texts.putAll(FormTexts.of(JSON.readTree(form.toFile())));
        }
        for (Path model : files(Path.of("processes"), ".bpmn")) {
            NodeList processes = xml(model).getElementsByTagNameNS("*", "process");
            for (int i = 0; i < processes.getLength(); i++) {
                Element process = (Element) processes.item(i);
                texts.put("process." + process.getAttribute("id"), process.getAttribute("name"));
                NodeList tasks = process.getElementsByTagNameNS("*", "userTask");
                for (int t = 0; t < tasks.getLength(); t++) {
                    Element task = (Element) tasks.item(t);
                    texts.put("task." + task.getAttribute("id"), task.getAttribute("name"));
                }
            }
        }
        return texts;
    }

    /** A message file as it is (for English: only the texts no model carries). */
    public static Map<String, String> file(Language language) {
        return Messages.load(JSON, language);
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static Document xml(Path path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(path.toFile());
    }
}
