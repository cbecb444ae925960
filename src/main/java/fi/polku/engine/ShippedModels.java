package fi.polku.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models this node's code was built with: for each process and decision key, the
 * {@code camunda:versionTag} of the model it ships (the files the auto-deployment reads). A node
 * can run a deployed definition when its key is shipped and its tag is not newer than the shipped
 * one: the beans, forms and variables that version uses exist in this code.
 */
@Component
final class ShippedModels {

    /** Stands for a missing version tag: older than every tag. */
    private static final String UNTAGGED = "";

    private final Map<String, String> versionTags;

    /** The models the auto-deployment reads ({@code camunda.bpm.deployment-resource-pattern}). */
    @Autowired
    ShippedModels(CamundaBpmProperties camunda) {
        this(read(camunda.getDeploymentResourcePattern()).versionTags);
    }

    /** @param versionTags key to the shipped model's version tag; null for a model without one */
    ShippedModels(Map<String, String> versionTags) {
        Map<String, String> tags = new HashMap<>();
        versionTags.forEach((key, tag) -> tags.put(key, tag == null ? UNTAGGED : tag));
        this.versionTags = Collections.unmodifiableMap(tags);
    }

    /** Reads the BPMN and DMN files the patterns (the auto-deployment's) find. */
    static ShippedModels read(String... resourcePatterns) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, String> tags = new HashMap<>();
        try {
            for (String pattern : resourcePatterns) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String name = resource.getFilename();
                    if (name == null || !resource.isReadable()) {
                        continue;
                    }
                    try (InputStream in = resource.getInputStream()) {
                        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                            Bpmn.readModelFromStream(in).getModelElementsByType(Process.class)
                                    .forEach(process -> tags.put(process.getId(), process.getCamundaVersionTag()));
                        } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                            Dmn.readModelFromStream(in).getModelElementsByType(Decision.class)
                                    .forEach(decision -> tags.put(decision.getId(), decision.getVersionTag()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped models could not be read", e);
        }
        return new ShippedModels(tags);
    }

    /** Whether the definition of the key with the tag (null: untagged) is newer than the one this code ships. */
    boolean isNewerThanShipped(String key, String versionTag) {
        String shipped = versionTags.get(key);
        return shipped != null && compare(versionTag == null ? UNTAGGED : versionTag, shipped).map(c -> c > 0).orElse(false);
    }

    /** Whether this code can run the definition of the key with the tag (null: untagged). */
    boolean canRun(String key, String versionTag) {
        String shipped = versionTags.get(key);
        return shipped != null && compare(versionTag == null ? UNTAGGED : versionTag, shipped).map(c -> c <= 0).orElse(false);
    }

    Map<String, String> versionTags() {
        return versionTags;
    }

    /**
     * Tags compare as integers (so 10 is newer than 9), a missing tag as the oldest; two tags that are
     * not both integers compare only when equal.
     */
    static Optional<Integer> compare(String tag, String other) {
        if (tag.equals(other)) {
            return Optional.of(0);
        }
        if (tag.equals(UNTAGGED)) {
            return Optional.of(-1);
        }
        if (other.equals(UNTAGGED)) {
            return Optional.of(1);
        }
        try {
            return Optional.of(Long.compare(Long.parseLong(tag.trim()), Long.parseLong(other.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
