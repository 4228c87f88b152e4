package ee.hoolekanne.spring;

import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;

import java.util.Objects;

/**
 * What the substitute-care services need from the application (AHT-4): the providers of the
 * youth support-person service and of the families' services by region, with their contract
 * periods, and the project they run in. Define it as a bean to get the {@code YouthSupportService}
 * and {@code SubstituteCareService} beans.
 *
 * @param youthSupport the youth support-person providers
 * @param families     the families' services providers
 * @param project      the project and its period
 */
public record SubstituteCareProviders(ProviderDirectory youthSupport, ProviderDirectory families, Project project) {

    /** Every part is required. */
    public SubstituteCareProviders {
        Objects.requireNonNull(youthSupport, "youthSupport");
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(project, "project");
    }
}
