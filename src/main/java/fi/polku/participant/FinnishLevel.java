package fi.polku.participant;

/** Finnish language level: CEFR A1–C2, or native speaker. */
public enum FinnishLevel { A1, A2, B1, B2, C1, C2, NATIVE }
