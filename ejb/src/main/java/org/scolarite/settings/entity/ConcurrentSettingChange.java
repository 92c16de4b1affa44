package org.scolarite.settings.entity;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved the same setting while this user was editing it: the second save is refused rather than silently
 * overwriting the first (optimistic locking on the revision number).
 * An EJB application exception: reaches the web layer unwrapped and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class ConcurrentSettingChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentSettingChange(String changedBy) {
        super("Ce paramétrage vient d’être modifié par " + (changedBy == null ? "un autre utilisateur" : changedBy)
                + " pendant votre saisie\u00a0: votre modification "
                + "n’a pas été enregistrée. Rechargez la page pour voir la nouvelle valeur, puis refaites votre "
                + "modification si elle est toujours utile.");
    }
}
