package fi.polku.reliability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The bean that only the "new code" of {@link RollingUpgradeReliability} has: version 2 of the
 * test's probe process calls it, so a node with the old code that took one of its jobs would fail
 * it. It reaches a node through the node's extra classpath folder, and exists only with the
 * profile that folder's node runs (the integration tests, which scan this package, never create it).
 */
@Component
@Profile(RollingUpgradeProbe.PROFILE)
class RollingUpgradeProbe implements JavaDelegate {

    static final String PROFILE = "rolling-upgrade-new-code";

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("probedByVersion", 2);
    }
}
