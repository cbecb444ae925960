package fi.polku.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every user task of the models, for the browser checks that look at every form. */
final class EveryUserTask {

    private EveryUserTask() {
    }

    /** Every user task of the models, as "process id/task id". */
    static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                        ModelElementInstance scope = task;
                        while (!(scope instanceof Process)) {
                            scope = scope.getParentElement();
                        }
                        kinds.add(((Process) scope).getId() + "/" + task.getId());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kinds;
    }

    /** An open task of the kind, its process started right before it (listeners skipped: the form is what counts). */
    static Task start(RuntimeService runtimeService, TaskService taskService, String kind, String journeyId) {
        String[] parts = kind.split("/");
        String instanceId = runtimeService.createProcessInstanceByKey(parts[0]).businessKey(journeyId)
                .setVariable("journeyId", journeyId).setVariable("displayName", "Aino Accessible")
                .setVariable("assessmentDue", new java.util.Date())
                .startBeforeActivity(parts[1]).execute(true, true).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(parts[1]).singleResult();
    }
}
