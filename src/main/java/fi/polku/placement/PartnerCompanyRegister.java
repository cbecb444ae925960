package fi.polku.placement;

import fi.polku.api.ApiException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The partner-company register in the domain database. */
@Repository
class PartnerCompanyRegister {

    private static final String COLUMNS = "id, name, business_id, organisation_type, contact_person, email, phone, "
            + "recruitment_needs, skills, status, responsible_employer_checked_on, responsible_employer_note, "
            + "created_at, updated_at";

    private final JdbcTemplate jdbc;

    public PartnerCompanyRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a company, active; 409 when the business ID is registered already. */
    @Transactional
    public PartnerCompany create(PartnerCompanyRequest company, String createdBy) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.update("""
                    insert into partner_company (id, name, business_id, organisation_type, contact_person, email, phone,
                        recruitment_needs, skills, responsible_employer_checked_on, responsible_employer_note,
                        created_by, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, company.name().strip(), company.businessId(), company.organisationType().name(),
                    company.contactPerson().strip(), company.email(), company.phone(), company.recruitmentNeeds(),
                    company.normalisedSkills().toArray(String[]::new), company.responsibleEmployerCheckedOn(),
                    company.responsibleEmployerNote(), createdBy, createdBy);
        } catch (DuplicateKeyException e) {
            throw duplicate(company.businessId());
        }
        return get(id);
    }

    /** Replaces the company's details (not its status); 404 when unknown, 409 for another's business ID. */
    @Transactional
    public PartnerCompany update(UUID id, PartnerCompanyRequest company, String updatedBy) {
        int updated;
        try {
            updated = jdbc.update("""
                    update partner_company set name = ?, business_id = ?, organisation_type = ?, contact_person = ?,
                        email = ?, phone = ?, recruitment_needs = ?, skills = ?, responsible_employer_checked_on = ?,
                        responsible_employer_note = ?, updated_by = ?, updated_at = now()
                    where id = ?""",
                    company.name().strip(), company.businessId(), company.organisationType().name(),
                    company.contactPerson().strip(), company.email(), company.phone(), company.recruitmentNeeds(),
                    company.normalisedSkills().toArray(String[]::new), company.responsibleEmployerCheckedOn(),
                    company.responsibleEmployerNote(), updatedBy, id);
        } catch (DuplicateKeyException e) {
            throw duplicate(company.businessId());
        }
        if (updated == 0) {
            throw notFound(id);
        }
        return get(id);
    }

    /** Pauses or activates the company; a paused company is not offered for new placements. */
    @Transactional
    public PartnerCompany setStatus(UUID id, PartnerCompany.Status status, String updatedBy) {
        if (jdbc.update("update partner_company set status = ?, updated_by = ?, updated_at = now() where id = ?",
                status.name(), updatedBy, id) == 0) {
            throw notFound(id);
        }
        return get(id);
    }

    public Optional<PartnerCompany> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from partner_company where id = ?", PartnerCompanyRegister::map, id)
                .stream().findFirst();
    }

    public boolean exists(String businessId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from partner_company where business_id = ?)",
                Boolean.class, businessId));
    }

    public PartnerCompany get(UUID id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** A page of the search, by name. */
    public record Page(List<PartnerCompany> items, long total, int page, int size) {
    }

    /**
     * Companies whose name contains {@code name}, that list {@code skill} (both case-insensitive) and
     * have {@code status}; each criterion is optional.
     */
    public Page search(String name, String skill, PartnerCompany.Status status, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            where.append(" and lower(name) like ? escape '\\'");
            args.add("%" + likePattern(name.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (skill != null && !skill.isBlank()) {
            where.append(" and exists (select 1 from unnest(skills) s where lower(s) = lower(?))");
            args.add(skill.strip());
        }
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        Long total = jdbc.queryForObject("select count(*) from partner_company" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<PartnerCompany> items = jdbc.query("select " + COLUMNS + " from partner_company" + where
                + " order by lower(name), id limit ? offset ?", PartnerCompanyRegister::map, pageArgs.toArray());
        return new Page(items, total == null ? 0 : total, page, size);
    }

    /** The active companies, by name: what "Match with partner company" offers. */
    public List<PartnerCompany> active() {
        return jdbc.query("select " + COLUMNS + " from partner_company where status = 'ACTIVE' order by lower(name), id",
                PartnerCompanyRegister::map);
    }

    private static String likePattern(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ApiException duplicate(String businessId) {
        return ApiException.conflict("duplicate-business-id",
                "A partner company with business ID " + businessId + " is registered already");
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("No partner company " + id);
    }

    private static PartnerCompany map(ResultSet rs, int row) throws SQLException {
        Array skills = rs.getArray("skills");
        return new PartnerCompany(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("business_id"),
                PartnerCompanyRequest.OrganisationType.valueOf(rs.getString("organisation_type")),
                rs.getString("contact_person"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("recruitment_needs"),
                skills == null ? List.of() : Arrays.asList((String[]) skills.getArray()),
                PartnerCompany.Status.valueOf(rs.getString("status")),
                rs.getObject("responsible_employer_checked_on", LocalDate.class),
                rs.getString("responsible_employer_note"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
