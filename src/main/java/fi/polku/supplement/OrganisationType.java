package fi.polku.supplement;

/** The employer's kind; the Helsinki supplement is not paid to public bodies (the eligibility table says so). */
enum OrganisationType { COMPANY, ASSOCIATION, FOUNDATION, PUBLIC_BODY }
