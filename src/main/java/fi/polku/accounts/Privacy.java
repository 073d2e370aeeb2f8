package fi.polku.accounts;

import java.io.IOException;
import java.io.OutputStream;

/** A person's rights over their data: a copy of all of it, and erasure. */
public interface Privacy {

    /** Writes a ZIP of everything stored about the person; the person themself or an admin. */
    void export(UserId person, OutputStream zip) throws IOException;

    /**
     * Deletes the account: every module erases or anonymises its data, the login goes and the email
     * is free again. The person themself or an admin.
     */
    void delete(UserId person);
}
