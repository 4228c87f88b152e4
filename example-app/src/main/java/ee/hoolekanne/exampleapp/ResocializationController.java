package ee.hoolekanne.exampleapp;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.resocialization.GrantServiceCommand;
import ee.hoolekanne.port.in.resocialization.SubmitApplicationCommand;
import ee.hoolekanne.port.out.LetterFormat;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import io.vavr.control.Either;
import io.vavr.control.Option;
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

import java.time.LocalDate;
import java.util.List;

/** A caseworker's main acts in Tallinn resocialization over HTTP: apply, grant; a case; its letters. */
@RestController
@RequestMapping("/api/resocialization/cases/{id}")
class ResocializationController {

    /** RES-6, RES-7, RES-9: the application at the district's welfare department. */
    record SubmitRequest(String applicant, String name, String residenceOrStay, String contactDetails, String whyCounselling,
                         String whatHinders, String whyNoDwelling, String district, LocalDate on) {
    }

    /** RES-3, RES-8: the grant by the head of the welfare department. */
    record GrantRequest(String decisionId, LocalDate madeOn, String signer, List<String> facts, boolean roundTheClockCare,
                        String room, int beds, LocalDate from) {
    }

    private final ResocializationService service;
    private final HoolekanneJson json;
    private final CaseLetterService letters;

    ResocializationController(ResocializationService service, HoolekanneJson json, CaseLetterService letters) {
        this.service = service;
        this.json = json;
        this.letters = letters;
    }

    private ResponseEntity<Object> answer(Either<CaseFailure<ResocializationError>, Resocialization> result, HttpStatus ok) {
        return result.fold(Problems::of, r -> ResponseEntity.status(ok).contentType(MediaType.APPLICATION_JSON)
                .body(json.encode(DocumentType.RESOCIALIZATION, r)));
    }

    @PostMapping
    ResponseEntity<Object> submit(@PathVariable String id, @RequestBody SubmitRequest r) {
        Either<?, PersonalCode> applicant = PersonalCode.parse(r.applicant() == null ? "" : r.applicant());
        if (applicant.isLeft()) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "InvalidPersonalCode", "the applicant's personal code is not valid (ID-1 .. ID-3)");
        }
        ResocializationForm form = new ResocializationForm(applicant.get(), Option.of(r.name()), Option.of(r.residenceOrStay()),
                Option.of(r.contactDetails()), Option.some(List.of()), Option.of(r.whyCounselling()), Option.of(r.whatHinders()),
                Option.of(r.whyNoDwelling()));
        return answer(service.submitApplication(new SubmitApplicationCommand(new CaseId(id), form, r.district(),
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, r.on())), r.on())), HttpStatus.CREATED);
    }

    @PostMapping("/grant")
    ResponseEntity<Object> grant(@PathVariable String id, @RequestBody GrantRequest r) {
        Decision decision = new Decision(new DecisionId(r.decisionId()), new DecisionMaker("Lasnamäe Linnaosa Valitsus",
                ProcedureRules.TALLINN_HEAD, Option.of(r.signer())), r.madeOn(), new Outcome.GrantService("resocialization"),
                List.of(LegalBasis.of(Rule.RES_8, "Tallinn resocialization service")), Option.none(),
                new Reasons(r.facts() == null ? List.of() : r.facts(), Option.none()));
        AssessedNeeds needs = new AssessedNeeds("district welfare department", false, r.roundTheClockCare(), AssessedNeeds.Guidance.SUBSTANTIAL);
        return answer(service.grantService(new GrantServiceCommand(new CaseId(id), decision, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, needs,
                new Room(new UnitId(r.room()), r.beds(), false), 0, r.from())), HttpStatus.OK);
    }

    @GetMapping
    ResponseEntity<Object> read(@PathVariable String id) {
        return letters.resocializationCase(new CaseId(id)).fold(Problems::of, r -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON).body(json.encode(DocumentType.RESOCIALIZATION, r)));
    }

    @GetMapping("/letters")
    List<java.util.Map<String, Object>> letters(@PathVariable String id) {
        return letters.index("resocialization", new CaseId(id));
    }

    @GetMapping("/letters/{index}.pdf")
    ResponseEntity<Object> pdf(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "et") String lang) {
        return letters.render("resocialization", new CaseId(id), index, LetterFormat.PDF, lang);
    }

    @GetMapping("/letters/{index}.html")
    ResponseEntity<Object> html(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "et") String lang) {
        return letters.render("resocialization", new CaseId(id), index, LetterFormat.HTML, lang);
    }
}
