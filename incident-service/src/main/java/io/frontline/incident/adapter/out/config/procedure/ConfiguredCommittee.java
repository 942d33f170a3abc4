package io.frontline.incident.adapter.out.config.procedure;

import io.frontline.incident.application.domain.model.procedure.Committee;
import io.frontline.incident.application.domain.model.procedure.CommitteeSeat;
import io.frontline.incident.application.port.out.procedure.LoadCommitteePort;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * The chain's complaints committee from configuration (seed 004: the employee representative appointed by the
 * works council, the employer representative and the external third party appointed by management), as user
 * ids of the {@code committee} role.
 */
@ApplicationScoped
class ConfiguredCommittee implements LoadCommitteePort {
    @ConfigProperty(name = "frontline.procedure.committee.employee-representative")
    String employeeRepresentative;

    @ConfigProperty(name = "frontline.procedure.committee.employer-representative")
    String employerRepresentative;

    @ConfigProperty(name = "frontline.procedure.committee.external-third-party")
    String externalThirdParty;

    @Override
    public Committee committee() {
        return new Committee(Map.of(CommitteeSeat.EMPLOYEE_REPRESENTATIVE, employeeRepresentative,
                CommitteeSeat.EMPLOYER_REPRESENTATIVE, employerRepresentative,
                CommitteeSeat.EXTERNAL_THIRD_PARTY, externalThirdParty));
    }
}
