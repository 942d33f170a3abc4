package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.platform.query.Cursor;

import java.util.List;

/** Reads formal complaints a page at a time, newest received first, scoped in the query. */
public interface ListFormalComplaintsPort {

    /**
     * @param party   the user id whose own cases (as complainant or accused) are included
     * @param all     every case (the committee's)
     * @param running cases still under way: not decided, or an objection unanswered (management's)
     * @param rows    how many to read (a page and one)
     */
    List<FormalComplaint> page(String party, boolean all, boolean running, Cursor after, int rows);
}
