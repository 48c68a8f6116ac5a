package io.github.zwgk.annualreport.repo;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.authentication.AuthenticationUtil.RunAsWork;

/**
 * Alfresco's real {@link AuthenticationUtil} in a plain unit test: initialised as the {@code authenticationUtil} bean is
 * in the repository (without it, running as any user but the system fails with "AuthenticationUtil not yet
 * initialised"), and a way to run code as a named user.
 */
public final class TestAuthentication
{
    private TestAuthentication()
    {
    }

    /** As the repository's bean: admin and guest user names set, then initialised. Idempotent. */
    public static void initialise()
    {
        AuthenticationUtil util = new AuthenticationUtil();
        util.setDefaultAdminUserName("admin");
        util.setDefaultGuestUserName("guest");
        try
        {
            util.afterPropertiesSet();
        }
        catch (Exception e)
        {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} authenticated as {@code user} (as a REST or CMIS request of that user would). */
    public static <R> R as(String user, RunAsWork<R> work)
    {
        initialise();
        return AuthenticationUtil.runAs(work, user);
    }

    /** Runs {@code work} authenticated as {@code user}. */
    public static void as(String user, Runnable work)
    {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** Forgets the thread's authentication (after a test). */
    public static void clear()
    {
        AuthenticationUtil.clearCurrentSecurityContext();
    }
}
