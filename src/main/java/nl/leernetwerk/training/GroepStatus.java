package nl.leernetwerk.training;

/** Where a group is: waiting for enough participants, running, finished. */
public enum GroepStatus {
    WACHT_OP_DEELNEMERS, LOOPT, AFGEROND
}
