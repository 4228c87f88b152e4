package ee.hoolekanne.exampleapp;

import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.Assessment;
import ee.hoolekanne.domain.socialhousing.AssessmentMethod;
import ee.hoolekanne.port.in.resocialization.GrantServiceCommand;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DeliverDecisionCommand;
import ee.hoolekanne.port.in.socialhousing.SetRemedyTermCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.port.out.TimeSource;
import ee.hoolekanne.spring.HoolekanneProperties;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import io.vavr.control.Option;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * A few cases for the morning list at start-up ({@code example.demo-data=true}, the default),
 * through the use cases, dated from today: a granted decision delivered (its contract due), an
 * application the committee must decide, an incomplete one with its remedy term, and a
 * resocialization grant. Names and personal codes are invented.
 */
@Component
@ConditionalOnProperty(name = "example.demo-data", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    private final SocialHousingService socialHousing;
    private final ResocializationService resocialization;
    private final JdbcAdapters jdbc;
    private final ExamplePorts.Register register;
    private final TimeSource time;
    private final HoolekanneProperties properties;

    DemoData(SocialHousingService socialHousing, ResocializationService resocialization, JdbcAdapters jdbc, ExamplePorts.Register register,
             TimeSource time, HoolekanneProperties properties) {
        this.socialHousing = socialHousing;
        this.resocialization = resocialization;
        this.jdbc = jdbc;
        this.register = register;
        this.time = time;
        this.properties = properties;
    }

    private static ApplicationForm form(PersonalCode applicant, boolean complete) {
        return new ApplicationForm(Household.single(applicant), Option.some("+372 5555 0000"),
                complete ? Option.some("õde Tartus") : Option.none(), Option.some("sõbra juures, Tartu"),
                complete ? Option.some(Money.euros("310.00")) : Option.none(), complete ? Option.some("puudub") : Option.none(),
                Option.some("vajab abi eelarve pidamisel"), false, false, complete ? List.of("sissetulekute tõend") : List.of());
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = time.today();
        String stockId = properties.getSocialHousing().getStockId();
        if (jdbc.housingStocks().load(stockId).map(Option::isEmpty).getOrElse(true)) {
            HousingStock stock = HousingStock.empty(stockId).withUnit(HousingUnit.bedPlace("bed-1", "Tartu Varjupaik, Pikk 1", "tuba 1"))
                    .flatMap(s -> s.withUnit(HousingUnit.bedPlace("bed-2", "Tartu Varjupaik, Pikk 1", "tuba 2")))
                    .getOrElseThrow(e -> new IllegalStateException(e.message()));
            jdbc.housingStocks().save(stockId, stock, 0);
        }
        DecisionMaker committee = new DecisionMaker("Tartu Linnavalitsus", ProcedureRules.TARTU_COMMITTEE, "Kati Kask");

        // granted and delivered: the contract is due (TSM-13)
        PersonalCode jaan = PersonalCode.of(LocalDate.of(1961, 1, 20), Sex.MALE, 52);
        register.register(jaan, "Jaan Tamm", List.of("Tartu Varjupaik", "Pikk 1", "50603 Tartu"), "Tartu linn", Option.none());
        CaseId granted = new CaseId("SH-" + today.getYear() + "-101");
        socialHousing.submitApplication(new SubmitApplicationCommand(granted, form(jaan, true), today.minusDays(10)));
        socialHousing.assessApplication(new AssessApplicationCommand(granted, new Assessment(today.minusDays(9),
                "Annelinna piirkonnakeskuse sotsiaaltöö spetsialist", EnumSet.allOf(AssessmentMethod.class), true, true, true, List.of())));
        socialHousing.decideApplication(new DecideApplicationCommand(granted, new DecisionId("K-" + today.getYear() + "-77"), committee,
                today.minusDays(8), new Outcome.Grant(new UnitId("bed-1"), today.plusMonths(6)), Reasons.of(
                "Taotleja elab Tartus ja tal puudub eluruum (rahvastikuregister).",
                "Spetsialisti hinnangul vajab ta voodikohta ja tuge toimetulekuks.")));
        socialHousing.deliverDecision(new DeliverDecisionCommand(granted, new Delivery(DeliveryMethod.IN_PERSON,
                today.minusDays(7).atTime(10, 0).atZone(Delivery.TALLINN).toInstant())));

        // assessed: the committee decides within 10 working days (TSM-8)
        PersonalCode mari = PersonalCode.of(LocalDate.of(1979, 4, 2), Sex.FEMALE, 31);
        register.register(mari, "Mari Mets", List.of("Annelinn", "50100 Tartu"), "Tartu linn", Option.none());
        CaseId assessed = new CaseId("SH-" + today.getYear() + "-102");
        socialHousing.submitApplication(new SubmitApplicationCommand(assessed, form(mari, true), today.minusDays(3)));
        socialHousing.assessApplication(new AssessApplicationCommand(assessed, new Assessment(today.minusDays(2),
                "Annelinna piirkonnakeskuse sotsiaaltöö spetsialist", EnumSet.allOf(AssessmentMethod.class), true, true, true, List.of())));

        // incomplete: the applicant remedies it within the term (HMS-1)
        PersonalCode maie = PersonalCode.of(LocalDate.of(1975, 5, 5), Sex.FEMALE, 41);
        register.register(maie, "Maie Kask", List.of("Ropka", "50110 Tartu"), "Tartu linn", Option.none());
        CaseId incomplete = new CaseId("SH-" + today.getYear() + "-103");
        socialHousing.submitApplication(new SubmitApplicationCommand(incomplete, form(maie, false), today.minusDays(2)));
        socialHousing.setRemedyTerm(new SetRemedyTermCommand(incomplete, Term.workingDays(10), today.minusDays(1)));

        // resocialization in Lasnamäe (RES-8)
        PersonalCode ants = PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77);
        register.register(ants, "Ants Saar", List.of("Tallinna Varjupaik", "Punane 1", "13619 Tallinn"), "Tallinn", Option.some("Lasnamäe"));
        CaseId res = new CaseId("RES-" + today.getYear() + "-9");
        resocialization.submitApplication(new ee.hoolekanne.port.in.resocialization.SubmitApplicationCommand(res,
                new ResocializationForm(ants, Option.some("Ants Saar"), Option.some("Tallinna Varjupaik"), Option.some("+372 5000 0000"),
                        Option.some(List.of()), Option.some("vajab juhendamist majapidamises"), Option.some("pikaajaline kodutus"),
                        Option.some("sissetulek alla toimetulekupiiri")), "Lasnamäe",
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, today.minusDays(5))), today.minusDays(5)));
        resocialization.grantService(new GrantServiceCommand(res, new Decision(new DecisionId("R-" + today.getYear() + "-1"),
                new DecisionMaker("Lasnamäe Linnaosa Valitsus", ProcedureRules.TALLINN_HEAD, "Peeter Paju"), today.minusDays(4),
                new Outcome.GrantService("resocialization"), List.of(LegalBasis.of(Rule.RES_8, "Tallinna resotsialiseerimisteenus")),
                Option.none(), Reasons.of("Linnaosa sotsiaalhoolekande osakonna hindamise järgi vajab ta ööpäevaringset kõrvalabi.")),
                DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, new AssessedNeeds("Lasnamäe sotsiaalhoolekande osakond", false, true,
                AssessedNeeds.Guidance.SUBSTANTIAL), new Room(new UnitId("shelter-bed-4"), 8, false), 0, today.minusDays(4)));
    }
}
