package org.scolarite.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.AuthenticatedAccount;
import org.scolarite.account.boundary.PortalSimulation;
import org.scolarite.portal.signin.SignInSession;
import org.scolarite.portal.simulation.SimulationCredential;
import org.scolarite.portal.simulation.SimulationState;
import org.scolarite.signin.boundary.SignIn;
import org.scolarite.signin.boundary.SignInResult;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * The families' form login, checked against the accounts of the portal's académie only; the caller's group is the
 * account kind. Not an IdentityStore, for the reason given on the console's mechanism: Payara's identity-store
 * handler is shared by the EAR's WARs, so each face validates credentials itself.
 *
 * <p>R-SIM-1: a simulation ticket opened by the console logs in the account it names, without its password, with the
 * extra group {@value SimulationState#ROLE} that makes the session read-only; it is not a sign-in of the family
 * ({@link AccountService#authenticate} is not called, the account's last access does not move).
 *
 * <p>[P1] « Protection »: a password sign-in goes through {@link SignIn}, which throttles failures per typed identifier
 * and per client address ({@link SignInSession#clientAddress}); a refusal because of the lock-out is left in a request
 * attribute for the login page's message. Every sign-in gets a new session id (no session fixation: the id the
 * visitor had before is worthless afterwards), and the session remembers the state the account signed in with, for
 * the first-connection gate ({@link SignInSession}).
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({"STUDENT", "GUARDIAN", SimulationState.ROLE})
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private AcademyDirectory academies;

    @Inject
    private SignIn signIn;

    @Inject
    private PortalSimulation simulations;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        if (given instanceof SimulationCredential ticket) {
            return simulate(request, context, ticket);
        }
        if (!(given instanceof UsernamePasswordCredential credential)) {
            return context.doNothing();
        }
        SignInResult result = signIn.signIn(academies.portalAcademyCode(), credential.getCaller(),
                credential.getPassword().getValue(), SignInSession.clientAddress(request));
        if (!result.isAccepted()) {
            result.lockedUntil().ifPresent(until -> request.setAttribute(SignInSession.LOCKED_UNTIL, until));
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        AuthenticatedAccount account = result.account().orElseThrow();
        SignInSession.signedIn(request, account);
        return context.notifyContainerAboutLogin(account.username(), Set.of(account.kind().name()));
    }

    /**
     * Only accounts of this portal's académie, as for a password login. A ticket that opens nothing leaves the request
     * anonymous (no failed login to remember): the servlet answers it with its own page.
     */
    private AuthenticationStatus simulate(HttpServletRequest request, HttpMessageContext context,
                                          SimulationCredential ticket) {
        String academy = academies.portalAcademyCode();
        return simulations.redeem(ticket.token())
                .filter(simulated -> simulated.academyCode().equals(academy))
                .map(simulated -> {
                    SignInSession.renewId(request);
                    request.getSession().setAttribute(SimulationState.SESSION_ATTRIBUTE, simulated);
                    return context.notifyContainerAboutLogin(simulated.username(),
                            Set.of(simulated.kind().name(), SimulationState.ROLE));
                })
                .orElseGet(context::doNothing);
    }
}
