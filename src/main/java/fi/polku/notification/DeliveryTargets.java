package fi.polku.notification;

import fi.polku.language.Language;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The configured delivery targets and which one serves which referring organisation. */
@Component
public class DeliveryTargets {

    private final Map<String, DeliveryTarget> byName = new HashMap<>();
    private final Map<String, String> targetByOrganisation = new HashMap<>();
    private final Map<String, Language> languageByTarget = new HashMap<>();
    private final String defaultTarget;

    public DeliveryTargets(NotificationProperties properties) {
        byName.put(LogTarget.NAME, new LogTarget(LogTarget.NAME));
        for (NotificationProperties.Target target : properties.targets()) {
            if (target.name() == null || target.name().isBlank() || target.kind() == null) {
                throw new IllegalStateException("polku.notifications.targets: every target needs a name and a kind");
            }
            DeliveryTarget delivery = switch (target.kind()) {
                case LOG -> new LogTarget(target.name());
                case WEBHOOK -> {
                    if (target.url() == null || !target.url().isAbsolute()) {
                        throw new IllegalStateException("polku.notifications.targets: webhook target " + target.name()
                                + " needs an absolute url");
                    }
                    yield new WebhookTarget(target.name(), target.url(), target.timeout());
                }
            };
            byName.put(target.name(), delivery);
            languageByTarget.put(target.name(), Language.fromCode(target.language()).orElseThrow(() ->
                    new IllegalStateException("polku.notifications.targets: target " + target.name()
                            + " has language " + target.language() + "; fi, sv or en")));
            target.organisations().forEach(org -> targetByOrganisation.put(key(org), target.name()));
        }
        if (!byName.containsKey(properties.defaultTarget())) {
            throw new IllegalStateException("polku.notifications.default-target " + properties.defaultTarget()
                    + " is not a configured target");
        }
        this.defaultTarget = properties.defaultTarget();
    }

    /** Name of the target that serves this referring organisation. */
    public String targetFor(String organisation) {
        return targetByOrganisation.getOrDefault(key(organisation), defaultTarget);
    }

    /** The language the target's readers read; Finnish where the configuration does not say. */
    public Language languageOf(String target) {
        return languageByTarget.getOrDefault(target, Language.FI);
    }

    /** The target of that name; null when the configuration no longer has it. */
    public DeliveryTarget get(String name) {
        return byName.get(name);
    }

    private static String key(String organisation) {
        return organisation == null ? "" : organisation.strip().toLowerCase(Locale.ROOT);
    }
}
