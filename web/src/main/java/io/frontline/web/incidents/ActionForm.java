package io.frontline.web.incidents;

import jakarta.ws.rs.FormParam;

import java.util.List;

/** What a person sent from the incident page: which action, and the fields that action reads. */
public class ActionForm {
    @FormParam("action")
    public String action;
    @FormParam("note")
    public String note;
    @FormParam("taskId")
    public String taskId;
    @FormParam("outcome")
    public String outcome;
    @FormParam("authorRole")
    public String authorRole;
    @FormParam("text")
    public String text;
    @FormParam("station")
    public String station;
    @FormParam("reference")
    public String reference;
    @FormParam("filedOn")
    public String filedOn;
    @FormParam("occurredAt")
    public String occurredAt;
    @FormParam("type")
    public List<String> types;
    @FormParam("victims")
    public String victims;
    @FormParam("witnesses")
    public String witnesses;
    @FormParam("perpetratorDescription")
    public String perpetratorDescription;
    @FormParam("danger")
    public String danger;
}
