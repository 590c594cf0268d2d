package io.github.foerderregeln.api;

/**
 * A code of the JSON format that German text names by its German word, never by the code: a
 * Zuwendungsbescheid says "Personalausgaben", not {@code PERSONNEL}.
 */
public interface GermanNamed {
    /** The German word for the code, as German messages and reports use it. */
    String germanName();
}
