package fi.polku.participant;

public enum IctBackground { NONE, HOBBY, VOCATIONAL, DEGREE }
