package org.newskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the newskg ontology ({@code ontology/newskg.ttl}), one constant per term.
 * <p>
 * The ontology file is the source; this class mirrors it (field name = local name) and
 * {@code NKGTest} fails when either has a term the other lacks.
 */
public final class NKG {
    private NKG() {}

    /** Namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/newskg/ontology#";
    /** IRI of the ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/newskg/ontology";

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource NamedEntity = resource("NamedEntity");
    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource StateGroup = resource("StateGroup");
    public static final Resource StateBody = resource("StateBody");
    public static final Resource Person = resource("Person");
    public static final Resource PersonGroup = resource("PersonGroup");
    public static final Resource NonStateGroup = resource("NonStateGroup");
    public static final Resource NewsOrganization = resource("NewsOrganization");
    public static final Resource Place = resource("Place");
    public static final Resource Position = resource("Position");
    public static final Resource HeadOfStatePosition = resource("HeadOfStatePosition");
    public static final Resource HeadOfGovernmentPosition = resource("HeadOfGovernmentPosition");
    public static final Resource MinisterPosition = resource("MinisterPosition");
    public static final Resource ForeignMinisterPosition = resource("ForeignMinisterPosition");
    public static final Resource DefenceMinisterPosition = resource("DefenceMinisterPosition");
    public static final Resource MilitaryCommandPosition = resource("MilitaryCommandPosition");
    public static final Resource OrganizationLeaderPosition = resource("OrganizationLeaderPosition");
    public static final Resource Fact = resource("Fact");
    public static final Resource Tenure = resource("Tenure");
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource StateVisit = resource("StateVisit");
    public static final Resource Summit = resource("Summit");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource Ceremony = resource("Ceremony");
    public static final Resource MilitaryParade = resource("MilitaryParade");
    public static final Resource Attack = resource("Attack");
    public static final Resource MilitaryExercise = resource("MilitaryExercise");
    public static final Resource Expulsion = resource("Expulsion");
    public static final Resource Statement = resource("Statement");
    public static final Resource Criticism = resource("Criticism");
    public static final Resource Remark = resource("Remark");
    public static final Resource Allegation = resource("Allegation");
    public static final Resource Response = resource("Response");
    public static final Resource Denial = resource("Denial");
    public static final Resource CounterClaim = resource("CounterClaim");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Partnership = resource("Partnership");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource Treaty = resource("Treaty");
    public static final Resource Ceasefire = resource("Ceasefire");
    public static final Resource SupportPledge = resource("SupportPledge");
    public static final Resource TradeRelation = resource("TradeRelation");
    public static final Resource CooperationAgreement = resource("CooperationAgreement");
    public static final Resource TradeFlow = resource("TradeFlow");
    public static final Resource Domain = resource("Domain");
    public static final Resource AllegationStatus = resource("AllegationStatus");
    public static final Resource Article = resource("Article");
    public static final Resource ArticleText = resource("ArticleText");
    public static final Resource TextSpan = resource("TextSpan");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");

    // Object properties
    public static final Property partOf = property("partOf");
    public static final Property hasPart = property("hasPart");
    public static final Property bodyOf = property("bodyOf");
    public static final Property hasBody = property("hasBody");
    public static final Property locatedIn = property("locatedIn");
    public static final Property containsPlace = property("containsPlace");
    public static final Property memberOf = property("memberOf");
    public static final Property hasMember = property("hasMember");
    public static final Property nationality = property("nationality");
    public static final Property positionOf = property("positionOf");
    public static final Property hasPosition = property("hasPosition");
    public static final Property holder = property("holder");
    public static final Property tenure = property("tenure");
    public static final Property position = property("position");
    public static final Property participant = property("participant");
    public static final Property host = property("host");
    public static final Property guest = property("guest");
    public static final Property guestOfHonour = property("guestOfHonour");
    public static final Property attacker = property("attacker");
    public static final Property target = property("target");
    public static final Property speaker = property("speaker");
    public static final Property accuser = property("accuser");
    public static final Property accused = property("accused");
    public static final Property criticized = property("criticized");
    public static final Property place = property("place");
    public static final Property occasion = property("occasion");
    public static final Property about = property("about");
    public static final Property concerns = property("concerns");
    public static final Property allegedEvent = property("allegedEvent");
    public static final Property status = property("status");
    public static final Property respondsTo = property("respondsTo");
    public static final Property hasResponse = property("hasResponse");
    public static final Property denies = property("denies");
    public static final Property deniedBy = property("deniedBy");
    public static final Property counters = property("counters");
    public static final Property counteredBy = property("counteredBy");
    public static final Property party = property("party");
    public static final Property beneficiary = property("beneficiary");
    public static final Property declaredBy = property("declaredBy");
    public static final Property domain = property("domain");
    public static final Property exporter = property("exporter");
    public static final Property importer = property("importer");
    public static final Property reportedIn = property("reportedIn");
    public static final Property reports = property("reports");
    public static final Property evidence = property("evidence");
    public static final Property sentence = property("sentence");
    public static final Property denotes = property("denotes");
    public static final Property denotedBy = property("denotedBy");
    public static final Property text = property("text");
    public static final Property publisher = property("publisher");
    public static final Property agency = property("agency");

    // Datatype properties
    public static final Property date = property("date");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property duration = property("duration");
    public static final Property isPlanned = property("isPlanned");
    public static final Property characterization = property("characterization");
    public static final Property quote = property("quote");
    public static final Property content = property("content");
    public static final Property allegedAct = property("allegedAct");
    public static final Property weapon = property("weapon");
    public static final Property goods = property("goods");
    public static final Property confidence = property("confidence");
    public static final Property extractor = property("extractor");
    public static final Property headline = property("headline");
    public static final Property published = property("published");
    public static final Property url = property("url");
    public static final Property language = property("language");
    public static final Property byline = property("byline");
    public static final Property contentHash = property("contentHash");

    // Individuals
    public static final Resource EconomicDomain = resource("EconomicDomain");
    public static final Resource PoliticalDomain = resource("PoliticalDomain");
    public static final Resource DiplomaticDomain = resource("DiplomaticDomain");
    public static final Resource MilitaryDomain = resource("MilitaryDomain");
    public static final Resource SecurityDomain = resource("SecurityDomain");
    public static final Resource StrategicDomain = resource("StrategicDomain");
    public static final Resource EnergyDomain = resource("EnergyDomain");
    public static final Resource TechnologyDomain = resource("TechnologyDomain");
    public static final Resource HumanitarianDomain = resource("HumanitarianDomain");
    public static final Resource CulturalDomain = resource("CulturalDomain");
    public static final Resource Unverified = resource("Unverified");
    public static final Resource Denied = resource("Denied");
    public static final Resource Confirmed = resource("Confirmed");
    public static final Resource Retracted = resource("Retracted");
}
