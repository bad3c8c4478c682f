using System.Text.Json;
using Privacy.Kit.Vendors;

namespace Privacy.Kit.Tests.Vendors;

public sealed class DisclosureLogTests
{
    private static Customer Jan => new() { CustomerId = "k-9", Name = "Jan", Phone = "+31612345678" };

    [Fact]
    public async Task Disclosure_records_vendor_purpose_kinds_count_subjects_and_time()
    {
        var log = new InMemoryDisclosureLog();
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", ["PersonName"], redact: ["PhoneNumber"]), log, new MaskingRedactorProvider());

        await sharing.DiscloseAsync("acmecrm", "export", Jan, ["subject-1"]);

        var disclosure = Assert.Single(await log.ForVendorAsync("AcmeCrm"));
        Assert.Equal(("AcmeCrm", "Export", 1, VendorFixture.Now), (disclosure.Vendor, disclosure.Purpose, disclosure.RecordCount, disclosure.DisclosedAt));
        Assert.Equal(["PersonName"], disclosure.DisclosedKinds);
        Assert.Equal(["PhoneNumber"], disclosure.RedactedKinds);
        Assert.Equal(["subject-1"], disclosure.Subjects);
    }

    [Fact]
    public async Task Disclosure_returns_the_filtered_json()
    {
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", ["PersonName"]));

        var json = await sharing.DiscloseAsync("AcmeCrm", "Export", Jan, ["subject-1"]);

        Assert.Equal("""{"Name":"Jan","ReferredBy":null}""", System.Text.Encoding.UTF8.GetString(json));
    }

    [Fact]
    public async Task Record_count_is_the_element_count_of_a_collection()
    {
        var log = new InMemoryDisclosureLog();
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", ["PersonName"]), log);

        await sharing.DiscloseAsync("AcmeCrm", "Export", new[] { Jan, Jan, Jan }, ["s-1", "s-2", "s-3"]);

        Assert.Equal(3, Assert.Single(await log.ForVendorAsync("AcmeCrm")).RecordCount);
    }

    [Fact]
    public async Task Kinds_reached_through_collections_and_nested_types_are_recorded()
    {
        var log = new InMemoryDisclosureLog();
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", ["PersonName", "FreeText", "PersonalData"]), log);
        var record = new CallRecord { Customer = Jan, Notes = [new CallNote("Callback", VendorFixture.Now)] };

        await sharing.DiscloseAsync("AcmeCrm", "Export", record, ["subject-1"]);

        Assert.Equal(["FreeText", "PersonName", "PersonalData"], Assert.Single(await log.ForVendorAsync("AcmeCrm")).DisclosedKinds);
    }

    [Fact]
    public async Task Subjects_disclosures_are_found_across_vendors_for_erasure_and_objection()
    {
        var log = new InMemoryDisclosureLog();
        await log.AppendAsync(new Disclosure("AcmeCrm", "Export", ["PersonName"], [], 1, ["subject-1"], VendorFixture.Now));
        await log.AppendAsync(new Disclosure("Dialer", "Campaign", ["PhoneNumber"], [], 2, ["subject-1", "subject-2"], VendorFixture.Now));
        await log.AppendAsync(new Disclosure("Dialer", "Campaign", ["PhoneNumber"], [], 1, ["subject-2"], VendorFixture.Now));

        var vendors = (await log.ForSubjectAsync("subject-1")).Select(d => d.Vendor);

        Assert.Equal(["AcmeCrm", "Dialer"], vendors);
    }

    [Fact]
    public async Task Options_made_for_another_purpose_are_refused()
    {
        var policy = VendorFixture.Policy("Export", ["PersonName"]);
        policy.Purposes["Support"] = new VendorPurposePolicy();
        var sharing = VendorFixture.Sharing(policy);
        var supportOptions = sharing.CreateSerializerOptions("AcmeCrm", "Support", new JsonSerializerOptions());

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await sharing.DiscloseAsync("AcmeCrm", "Export", Jan, ["s-1"], supportOptions));
    }
}
