package io.frontline.web.prevention;

import jakarta.ws.rs.FormParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The consultation desk form: six fixed contacts (first contact, two counsellors, the committee, two outside contacts),
 * each with name, user name, phone, e-mail, address and note. Declared form fields, so the CSRF filter reads the form
 * as for every other form.
 */
public class DeskForm {
    @FormParam("first.name")
    public String first_name;
    @FormParam("first.userId")
    public String first_userId;
    @FormParam("first.phone")
    public String first_phone;
    @FormParam("first.email")
    public String first_email;
    @FormParam("first.address")
    public String first_address;
    @FormParam("first.note")
    public String first_note;
    @FormParam("counsellor1.name")
    public String counsellor1_name;
    @FormParam("counsellor1.userId")
    public String counsellor1_userId;
    @FormParam("counsellor1.phone")
    public String counsellor1_phone;
    @FormParam("counsellor1.email")
    public String counsellor1_email;
    @FormParam("counsellor1.address")
    public String counsellor1_address;
    @FormParam("counsellor1.note")
    public String counsellor1_note;
    @FormParam("counsellor2.name")
    public String counsellor2_name;
    @FormParam("counsellor2.userId")
    public String counsellor2_userId;
    @FormParam("counsellor2.phone")
    public String counsellor2_phone;
    @FormParam("counsellor2.email")
    public String counsellor2_email;
    @FormParam("counsellor2.address")
    public String counsellor2_address;
    @FormParam("counsellor2.note")
    public String counsellor2_note;
    @FormParam("committee.name")
    public String committee_name;
    @FormParam("committee.userId")
    public String committee_userId;
    @FormParam("committee.phone")
    public String committee_phone;
    @FormParam("committee.email")
    public String committee_email;
    @FormParam("committee.address")
    public String committee_address;
    @FormParam("committee.note")
    public String committee_note;
    @FormParam("outside1.name")
    public String outside1_name;
    @FormParam("outside1.userId")
    public String outside1_userId;
    @FormParam("outside1.phone")
    public String outside1_phone;
    @FormParam("outside1.email")
    public String outside1_email;
    @FormParam("outside1.address")
    public String outside1_address;
    @FormParam("outside1.note")
    public String outside1_note;
    @FormParam("outside2.name")
    public String outside2_name;
    @FormParam("outside2.userId")
    public String outside2_userId;
    @FormParam("outside2.phone")
    public String outside2_phone;
    @FormParam("outside2.email")
    public String outside2_email;
    @FormParam("outside2.address")
    public String outside2_address;
    @FormParam("outside2.note")
    public String outside2_note;

    /** The fields by their form names ({@code first.name}). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("first.name", first_name);
        values.put("first.userId", first_userId);
        values.put("first.phone", first_phone);
        values.put("first.email", first_email);
        values.put("first.address", first_address);
        values.put("first.note", first_note);
        values.put("counsellor1.name", counsellor1_name);
        values.put("counsellor1.userId", counsellor1_userId);
        values.put("counsellor1.phone", counsellor1_phone);
        values.put("counsellor1.email", counsellor1_email);
        values.put("counsellor1.address", counsellor1_address);
        values.put("counsellor1.note", counsellor1_note);
        values.put("counsellor2.name", counsellor2_name);
        values.put("counsellor2.userId", counsellor2_userId);
        values.put("counsellor2.phone", counsellor2_phone);
        values.put("counsellor2.email", counsellor2_email);
        values.put("counsellor2.address", counsellor2_address);
        values.put("counsellor2.note", counsellor2_note);
        values.put("committee.name", committee_name);
        values.put("committee.userId", committee_userId);
        values.put("committee.phone", committee_phone);
        values.put("committee.email", committee_email);
        values.put("committee.address", committee_address);
        values.put("committee.note", committee_note);
        values.put("outside1.name", outside1_name);
        values.put("outside1.userId", outside1_userId);
        values.put("outside1.phone", outside1_phone);
        values.put("outside1.email", outside1_email);
        values.put("outside1.address", outside1_address);
        values.put("outside1.note", outside1_note);
        values.put("outside2.name", outside2_name);
        values.put("outside2.userId", outside2_userId);
        values.put("outside2.phone", outside2_phone);
        values.put("outside2.email", outside2_email);
        values.put("outside2.address", outside2_address);
        values.put("outside2.note", outside2_note);
        return values;
    }
}
