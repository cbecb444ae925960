package fi.polku.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.language.Messages;
import fi.polku.security.WebSecurityConfiguration;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist's form submissions through the engine's REST APIs, after authentication and the
 * engine write guard have let the request through, and the texts of what the webapps read.
 */
@Configuration(proxyBeanMethods = false)
class TasklistFilterConfiguration {

    /** A task completed twice at the same moment answers the second person 409, not 500. */
    @Bean
    FilterRegistrationBean<TaskAlreadyCompletedFilter> taskAlreadyCompleted(HistoryService historyService,
            IdentityService identityService, ObjectMapper objectMapper) {
        FilterRegistrationBean<TaskAlreadyCompletedFilter> registration = new FilterRegistrationBean<>(
                new TaskAlreadyCompletedFilter(historyService, identityService, objectMapper));
        registration.setName("task-already-completed");
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        registration.setOrder(WebSecurityConfiguration.ENGINE_WRITE_GUARD_ORDER + 1);
        return registration;
    }

    /** Form submissions: checked against the task's form, and variables Camunda cannot take refused first. */
    @Bean
    FilterRegistrationBean<FormSubmissionFilter> formSubmissions(TaskService taskService, FormService formService,
            RepositoryService repositoryService, IdentityService identityService) {
        FilterRegistrationBean<FormSubmissionFilter> registration = new FilterRegistrationBean<>(
                new FormSubmissionFilter(taskService, formService, repositoryService, identityService));
        registration.setName("form-submissions");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(WebSecurityConfiguration.ENGINE_WRITE_GUARD_ORDER + 8);
        return registration;
    }

    /** Polku's texts in the reader's language in what the webapps read from the engine. */
    @Bean
    FilterRegistrationBean<WebappTexts> webappTexts(Messages messages, ObjectMapper objectMapper) {
        FilterRegistrationBean<WebappTexts> registration = new FilterRegistrationBean<>(new WebappTexts(messages, objectMapper));
        registration.setName("webapp-texts");
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(WebSecurityConfiguration.ENGINE_WRITE_GUARD_ORDER + 9);
        return registration;
    }
}
