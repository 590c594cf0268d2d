package io.github.foerderregeln.api;

import java.util.Locale;

/** The languages findings are written in; German is the default. */
public enum Language {
    /** Deutsch. */
    DE(Locale.GERMANY),
    /** English. */
    EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale whose number and date conventions messages follow. */
    public Locale locale() {
        return locale;
    }
}
