package ee.hoolekanne.exampleapp;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.Assessment;
import ee.hoolekanne.domain.socialhousing.AssessmentMethod;
import ee.hoolekanne.domain.socialhousing.RefusalGround;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DeliverDecisionCommand;
import ee.hoolekanne.port.in.socialhousing.SignContractCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.port.out.LetterFormat;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * A caseworker's main acts in Tartu social housing over HTTP: submit, assess, decide, deliver,
 * sign; a case as the JSON adapter's document; its letters as PDF or HTML. Every refusal is a
 * problem (RFC 9457) with the typed error's code.
 */
@RestController
@RequestMapping("/api/social-housing/cases/{id}")
class SocialHousingController {

    /** TSM-6: the application. */
    record SubmitRequest(String applicant, String contactData, String supportNetwork, String residenceOrStay, String monthlyIncome,
                         String assets, String socialCoping, List<String> supportingDocuments, LocalDate submittedOn) {
    }

    /** TSM-7: the specialist's assessment. */
    record AssessRequest(LocalDate assessedOn, String specialist, boolean proposesGrant) {
    }

    /** TSM-8 .. TSM-11, HMS-2 .. HMS-5: the committee's decision. */
    record DecideRequest(String decisionId, LocalDate madeOn, String signer, String outcome, String unit, LocalDate serviceEnd,
                         String ground, List<String> facts, LocalDate heardOn, String heardHow) {
    }

    /** HMS-6: the delivery. */
    record DeliverRequest(DeliveryMethod method, Instant at) {
    }

    /** TSM-12: the contract. */
    record ContractRequest(String number, ShelterProvider provider, LocalDate signedOn, LocalDate startDate, LocalDate endDate) {
    }

    private final SocialHousingService service;
    private final HoolekanneJson json;
    private final CaseLetterService letters;

    SocialHousingController(SocialHousingService service, HoolekanneJson json, CaseLetterService letters) {
        this.service = service;
        this.json = json;
        this.letters = letters;
    }

    private ResponseEntity<Object> answer(Either<CaseFailure<SocialHousingError>, Application> result, HttpStatus ok) {
        return result.fold(Problems::of, app -> ResponseEntity.status(ok).contentType(MediaType.APPLICATION_JSON)
                .body(json.encode(DocumentType.SOCIAL_HOUSING_CASE, app)));
    }

    @PostMapping
    ResponseEntity<Object> submit(@PathVariable String id, @RequestBody SubmitRequest r) {
        Either<?, PersonalCode> applicant = PersonalCode.parse(r.applicant() == null ? "" : r.applicant());
        if (applicant.isLeft()) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "InvalidPersonalCode", "the applicant's personal code is not valid (ID-1 .. ID-3)");
        }
        ApplicationForm form = new ApplicationForm(Household.single(applicant.get()), Option.of(r.contactData()), Option.of(r.supportNetwork()),
                Option.of(r.residenceOrStay()), Option.of(r.monthlyIncome()).map(Money::euros), Option.of(r.assets()),
                Option.of(r.socialCoping()), false, false, r.supportingDocuments() == null ? List.of() : r.supportingDocuments());
        return answer(service.submitApplication(new SubmitApplicationCommand(new CaseId(id), form, r.submittedOn())), HttpStatus.CREATED);
    }

    @PostMapping("/assessment")
    ResponseEntity<Object> assess(@PathVariable String id, @RequestBody AssessRequest r) {
        return answer(service.assessApplication(new AssessApplicationCommand(new CaseId(id), new Assessment(r.assessedOn(), r.specialist(),
                EnumSet.allOf(AssessmentMethod.class), true, true, r.proposesGrant(), List.of()))), HttpStatus.OK);
    }

    @PostMapping("/decision")
    ResponseEntity<Object> decide(@PathVariable String id, @RequestBody DecideRequest r) {
        Outcome outcome = switch (r.outcome() == null ? "" : r.outcome()) {
            case "GRANT" -> new Outcome.Grant(new UnitId(r.unit()), r.serviceEnd());
            case "REFUSE" -> new Outcome.Refuse(List.of(RefusalGround.valueOf(r.ground())));
            case "WAIT_LIST" -> new Outcome.WaitList();
            default -> null;
        };
        if (outcome == null) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "InvalidOutcome", "the outcome is GRANT, REFUSE or WAIT_LIST");
        }
        Reasons reasons = new Reasons(r.facts() == null ? List.of() : r.facts(),
                r.heardOn() == null ? Option.none() : Option.some(new Hearing.Held(r.heardOn(), r.heardHow())));
        DecisionMaker committee = new DecisionMaker("Tartu Linnavalitsus", ProcedureRules.TARTU_COMMITTEE, Option.of(r.signer()));
        return answer(service.decideApplication(new DecideApplicationCommand(new CaseId(id), new DecisionId(r.decisionId()), committee,
                r.madeOn(), outcome, reasons)), HttpStatus.OK);
    }

    @PostMapping("/delivery")
    ResponseEntity<Object> deliver(@PathVariable String id, @RequestBody DeliverRequest r) {
        return answer(service.deliverDecision(new DeliverDecisionCommand(new CaseId(id), new Delivery(r.method(), r.at()))), HttpStatus.OK);
    }

    @PostMapping("/contract")
    ResponseEntity<Object> sign(@PathVariable String id, @RequestBody ContractRequest r) {
        return letters.socialHousingCase(new CaseId(id)).fold(Problems::of, app -> answer(service.signContract(new SignContractCommand(
                new CaseId(id), new ServiceContract(r.number(), r.provider(), app.household().adultsOn(r.signedOn(), 18), r.signedOn(),
                r.startDate(), r.endDate()))), HttpStatus.OK));
    }

    @GetMapping
    ResponseEntity<Object> read(@PathVariable String id) {
        return letters.socialHousingCase(new CaseId(id)).fold(Problems::of, app -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON).body(json.encode(DocumentType.SOCIAL_HOUSING_CASE, app)));
    }

    @GetMapping("/letters")
    List<java.util.Map<String, Object>> letters(@PathVariable String id) {
        return letters.index("social-housing", new CaseId(id));
    }

    @GetMapping("/letters/{index}.pdf")
    ResponseEntity<Object> pdf(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "et") String lang) {
        return letters.render("social-housing", new CaseId(id), index, LetterFormat.PDF, lang);
    }

    @GetMapping("/letters/{index}.html")
    ResponseEntity<Object> html(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "et") String lang) {
        return letters.render("social-housing", new CaseId(id), index, LetterFormat.HTML, lang);
    }
}
