package fi.polku.accounts;

/**
 * Implemented by every module that stores something about a person, so that one export gathers it
 * all and one deletion erases it all. Declared here because every module already depends on accounts,
 * and accounts depends on none of them.
 */
public interface PersonalData {

    /** A stable, file-name-safe name for this module's part of an export, e.g. {@code learning}. */
    String section();

    /** Writes everything this module holds about the person, and only about them. */
    void export(UserId person, PersonalDataSink sink);

    /**
     * Deletes or anonymises what this module holds about the person. Runs inside the deletion's
     * transaction, before the account itself goes, so a failure here leaves the account whole.
     */
    void erase(UserId person);
}
