package org.scolarite.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.scolarite.account.boundary.AuthenticatedAccount;
import org.scolarite.account.entity.AccountState;

/**
 * What the portal keeps about a sign-in, in the HTTP session and the request: the state the account signed in with
 * (« Notifié » means the temporary password was typed, the proof the first connection relies on), whether the
 * account is known to be « Utilisé » (so that the first-connection gate costs nothing afterwards), and, for the login
 * page, until when a refused attempt is locked out.
 */
public final class SignInSession {

    /** Request attribute: the {@code LocalDateTime} until which the attempt's identifier or address is locked. */
    public static final String LOCKED_UNTIL = SignInSession.class.getName() + ".lockedUntil";
    /** Request attribute: the {@link AccountState} of the account that just signed in. */
    static final String SIGNED_IN_STATE = SignInSession.class.getName() + ".signedInState";
    /** Session attribute: the {@link AccountState} the account had when this session signed in. */
    static final String STATE_AT_SIGN_IN = SignInSession.class.getName() + ".stateAtSignIn";
    /** Session attribute: {@code Boolean.TRUE} once the account is known to be « Utilisé ». */
    static final String IN_USE = SignInSession.class.getName() + ".inUse";

    private SignInSession() {
    }

    /**
     * A successful password sign-in: the session gets a new id (whatever id a stranger may have planted before the
     * sign-in is worthless after it) and remembers the state the account signed in with. Payara Server 6.2025.10
     * already renews the id when the mechanism reports the caller (checked by running {@code SignInBrowserIT} with this
     * call disabled); it is asked here all the same so that the protection does not rest on one container's habit
     * (the portal is meant to run on Payara Micro too).
     */
    public static void signedIn(HttpServletRequest request, AuthenticatedAccount account) {
        renewId(request);
        HttpSession session = request.getSession();
        session.setAttribute(STATE_AT_SIGN_IN, account.state());
        session.removeAttribute(IN_USE);
        request.setAttribute(SIGNED_IN_STATE, account.state());
    }

    /** Changes the id of the current session, if there is one (a new session gets a new id anyway). */
    public static void renewId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /**
     * The client's address as the throttle counts it: the connection's peer as the container reports it. No
     * {@code X-Forwarded-For} header is read here, since any client can send one: behind a load balancer, the
     * container must be set up to report the client's address, or every family counts as the balancer (whose
     * address then only meets the high per-address threshold sooner).
     */
    public static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
