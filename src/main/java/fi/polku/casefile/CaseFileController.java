package fi.polku.casefile;

import fi.polku.api.ApiException;
import fi.polku.api.ApiProblem;
import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.journey.AccessLog;
import fi.polku.language.Language;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file's API: the Tasklist tab reads it with the webapp session (writes with its CSRF
 * token), integrations and scripts with HTTP Basic or a bearer token. Every answer holding a
 * participant's personal data is written to the access log first, with the parts it held.
 */
@RestController
@RequestMapping(path = CaseFileController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class CaseFileController {

    static final String PATH = "/api/v1/case-files";

    record NoteRequest(@NotBlank @Size(max = CaseNotes.MAX_LENGTH) String text) {
    }

    private final CaseFile caseFile;
    private final CaseNotes notes;
    private final ParticipantSearch search;
    private final SubjectAccess subjectAccess;
    private final AccessLog accessLog;
    private final TaskService taskService;
    private final CaseWords words;

    CaseFileController(CaseFile caseFile, CaseNotes notes, ParticipantSearch search, SubjectAccess subjectAccess,
                       AccessLog accessLog, TaskService taskService, CaseWords words) {
        this.words = words;
        this.caseFile = caseFile;
        this.notes = notes;
        this.search = search;
        this.subjectAccess = subjectAccess;
        this.accessLog = accessLog;
        this.taskService = taskService;
    }

    @Operation(summary = "The case file beside a task", description = "The task's group, its assignee, team leads and "
            + "administrators. The journey's case file with only the parts the caller's groups may read (README, "
            + "\"The case file\"), newest first, in the Accept-Language's language (fi, sv, en). Logged.")
    @ApiResponse(responseCode = "404", description = "No open task the caller may see")
    @GetMapping("/tasks/{taskId}")
    public CaseFile.View ofTask(@PathVariable String taskId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request);
        UUID journeyId = journeyOfTask(taskId, caller);
        return view(journeyId, caller, request, "GET " + PATH + "/tasks/{taskId}");
    }

    @Operation(summary = "The case file's own texts", description = "Any signed-in user: the tab's labels in the "
            + "Accept-Language's language. No personal data.")
    @GetMapping("/texts")
    public Map<String, String> texts(HttpServletRequest request) {
        ApiCaller.of(request);
        return words.ui(Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @Operation(summary = "Add a note beside a task", description = "Whoever may open the task's case file. A note is "
            + "1 to 2,000 characters of text; notes are never edited (a correction is a new note).")
    @ApiResponse(responseCode = "201", description = "The note as stored")
    @ApiResponse(responseCode = "400", description = "The problem names the field and the rule")
    @PostMapping(path = "/tasks/{taskId}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CaseNotes.Note> addNoteToTask(@PathVariable String taskId, @Valid @RequestBody NoteRequest note,
                                                        HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request);
        return addNote(journeyOfTask(taskId, caller), note, caller);
    }

    @Operation(summary = "A journey's case file", description = "Team leads and administrators (a participant found "
            + "with the search). Every part. Logged.")
    @GetMapping("/journeys/{journeyId}")
    public CaseFile.View ofJourney(@PathVariable UUID journeyId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.TEAM_LEADS);
        return view(journeyId, caller, request, "GET " + PATH + "/journeys/{journeyId}");
    }

    @Operation(summary = "Add a note to a journey", description = "Team leads and administrators.")
    @ApiResponse(responseCode = "201", description = "The note as stored")
    @PostMapping(path = "/journeys/{journeyId}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CaseNotes.Note> addNoteToJourney(@PathVariable UUID journeyId,
                                                           @Valid @RequestBody NoteRequest note, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.TEAM_LEADS);
        if (!search.journeyExists(journeyId)) {
            throw ApiException.notFound("No journey " + journeyId);
        }
        return addNote(journeyId, note, caller);
    }

    @Operation(summary = "Find a participant", description = "Team leads and administrators: by name (first and last, "
            + "as recorded, any case) and birth date, or by journey id. Each participant found is logged as viewed; "
            + "the search terms are not stored.")
    @ApiResponse(responseCode = "400", description = "Neither name and birthDate nor journeyId, or a bad value")
    @GetMapping("/search")
    public List<ParticipantSearch.Hit> search(@RequestParam(required = false) String name,
                                              @RequestParam(required = false) String birthDate,
                                              @RequestParam(required = false) UUID journeyId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.TEAM_LEADS);
        List<ParticipantSearch.Hit> hits;
        if (journeyId != null) {
            hits = search.byJourney(journeyId);
        } else {
            if (name == null || name.isBlank()) {
                throw new InvalidRequestException(new FieldError("name", "NotBlank",
                        "give name and birthDate, or journeyId"));
            }
            if (name.length() > 201) {
                throw new InvalidRequestException(new FieldError("name", "Size", "size must be between 1 and 201"));
            }
            hits = search.byNameAndBirthDate(name, birthDate(birthDate));
        }
        hits.forEach(hit -> accessLog.viewedParticipant(caller.userId(), hit.participantId(), List.of("search"),
                "GET " + PATH + "/search"));
        return hits;
    }

    @Operation(summary = "Who has viewed a participant's data", description = "Team leads and administrators: the "
            + "access log of the participant, newest first. Reading it is logged too.")
    @GetMapping("/participants/{participantId}/access-log")
    public List<AccessLog.Entry> accessLog(@PathVariable UUID participantId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.TEAM_LEADS);
        search.requireParticipant(participantId);
        accessLog.viewedParticipant(caller.userId(), participantId, List.of("access-log"),
                "GET " + PATH + "/participants/{participantId}/access-log");
        return accessLog.ofParticipant(participantId);
    }

    @Operation(summary = "Everything Polku holds about a participant (GDPR Art. 15)", description = "Team leads and "
            + "administrators. format=json (default): every domain row of the participant and their journeys, the "
            + "case file, notes, decisions, notifications and the access log. format=html: the same as a printable "
            + "document in the language given (fi, sv or en; default fi). Logged.")
    @GetMapping(path = "/participants/{participantId}/export", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.TEXT_HTML_VALUE})
    public ResponseEntity<?> export(@PathVariable UUID participantId, @RequestParam(defaultValue = "json") String format,
                                    @RequestParam(defaultValue = "fi") String language, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.TEAM_LEADS);
        Language chosen = Language.fromCode(language).orElseThrow(() -> new InvalidRequestException(
                new FieldError("language", "Pattern", "must be fi, sv or en")));
        if (!format.equals("json") && !format.equals("html")) {
            throw new InvalidRequestException(new FieldError("format", "Pattern", "must be json or html"));
        }
        search.requireParticipant(participantId);
        accessLog.viewedParticipant(caller.userId(), participantId, List.of("subject-access"),
                "GET " + PATH + "/participants/{participantId}/export");
        SubjectAccess.Export export = subjectAccess.of(participantId, chosen);
        if (format.equals("html")) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"subject-access-" + participantId + ".html\"")
                    .body(subjectAccess.html(export, chosen));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access-" + participantId + ".json\"")
                .body(export);
    }

    private CaseFile.View view(UUID journeyId, ApiCaller caller, HttpServletRequest request, String endpoint) {
        Set<CasePart> parts = CasePart.readableBy(caller);
        Language language = Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        CaseFile.View view = caseFile.of(journeyId, parts, language)
                .orElseThrow(() -> ApiException.notFound("No journey " + journeyId));
        accessLog.viewedJourney(caller.userId(), journeyId, view.parts(), endpoint);
        return view;
    }

    private ResponseEntity<CaseNotes.Note> addNote(UUID journeyId, NoteRequest note, ApiCaller caller) {
        if (!CasePart.readableBy(caller).contains(CasePart.NOTES)) {
            throw forbidden();
        }
        CaseNotes.Note added = notes.add(journeyId, note.text(), caller.userId());
        return ResponseEntity.created(URI.create(PATH + "/journeys/" + journeyId)).body(added);
    }

    /**
     * The journey of an open task the caller may work or oversee: the task's candidate group, its
     * assignee, team leads and administrators; 404 for any other task, so task ids are not probed.
     */
    private UUID journeyOfTask(String taskId, ApiCaller caller) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !mayOpen(task, caller)) {
            throw ApiException.notFound("No open task " + taskId);
        }
        Object journeyId = taskService.getVariable(taskId, "journeyId");
        if (journeyId == null) {
            throw ApiException.notFound("Task " + taskId + " belongs to no journey");
        }
        return UUID.fromString(journeyId.toString());
    }

    private boolean mayOpen(Task task, ApiCaller caller) {
        if (caller.isIn(Role.TEAM_LEADS) || caller.userId().equals(task.getAssignee())) {
            return true;
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).anyMatch(caller.groups()::contains);
    }

    private static ApiException forbidden() {
        return new ApiException(ApiProblem.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "Your groups may not add notes to a case file"));
    }

    private static LocalDate birthDate(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(new FieldError("birthDate", "NotBlank", "give name and birthDate, or journeyId"));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(new FieldError("birthDate", "format", "must be a date in the form YYYY-MM-DD"));
        }
    }
}
