package org.keji.ip.pledge;

import org.keji.commons.problem.ConflictException;

/**
 * Another transaction registered a patent of this pledge, or opened the case of this saga request, while this one ran:
 * the database refused the write and the transaction rolls back. Through the API it answers 409 (the request's
 * transaction is the audit filter's, so nothing can be decided in it any more); the saga consumer runs the event once
 * more in a new transaction, which then sees the other's result (ALREADY_PLEDGED, or the case already there).
 */
public class PledgeRaceLost extends ConflictException {

    public PledgeRaceLost(Object subject) {
        super("PLEDGE_CONCURRENT_DECISION", subject);
    }
}
