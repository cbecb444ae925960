package fi.polku.placement;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a small partner-company register, so "Match with partner company" has
 * companies to offer. Created once; a restart finds them by business ID and creates nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty("polku.demo.seed-journeys")
// before the demo journeys (fi.polku.demo), whose placements are matched with these companies
@Order(0)
class DemoPartnerCompanies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartnerCompanies.class);

    private final PartnerCompanyRegister register;

    public DemoPartnerCompanies(PartnerCompanyRegister register) {
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate checked = LocalDate.of(2026, 10, 1);
        List<PartnerCompanyRequest> companies = List.of(
                new PartnerCompanyRequest("Koodipaja Oy (demo)", "2837465-3", PartnerCompanyRequest.OrganisationType.COMPANY,
                        "Kalle Koodari", "kalle@koodipaja.example", "+358401110001",
                        "Two junior developers for web projects in 2027", List.of("Java", "React", "SQL"), checked,
                        "No remarks"),
                new PartnerCompanyRequest("Pelitalo Oy (demo)", "7654321-2", PartnerCompanyRequest.OrganisationType.COMPANY,
                        "Pia Pelaaja", "pia@pelitalo.example", "+358401110002", "Game testers and junior Unity developers",
                        List.of("Unity", "C#", "Testing"), checked, "No remarks"),
                new PartnerCompanyRequest("Digituki ry (demo)", "2345678-0", PartnerCompanyRequest.OrganisationType.ASSOCIATION,
                        "Sami Tukija", "sami@digituki.example", null, "IT support for senior citizens' digital skills",
                        List.of("IT support", "Customer service"), checked, null),
                new PartnerCompanyRequest("City of Helsinki, Digital Services (demo)", "0201256-6",
                        PartnerCompanyRequest.OrganisationType.PUBLIC_BODY, "Hanna Hallinto", "hanna@hel.example", null,
                        "Service design trainees", List.of("Service design", "UX design"), checked, null));
        int created = 0;
        for (PartnerCompanyRequest company : companies) {
            if (!register.exists(company.businessId())) {
                register.create(company, "demo");
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo profile: registered {} demo partner companies", created);
        }
    }
}
