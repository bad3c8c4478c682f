using ContactCenter.Calls;
using ContactCenter.Campaigns;
using ContactCenter.Crm;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Privacy.Kit;
using Privacy.Kit.Consent;
using Privacy.Kit.Vendors;

var services = new ServiceCollection()
    .AddLogging(logging => logging.EnableRedaction())
    .AddRedaction(redaction => redaction.AddPrivacyKit())
    .AddSingleton(TimeProvider.System)
    .AddSingleton<IConsentLedger, InMemoryConsentLedger>()
    // The pseudonymization key comes from a secret store in production; a fresh random key keeps this demo self-contained.
    .AddSingleton(_ => new SubjectPseudonymizer(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)))
    .AddSingleton(provider => new ConsentService(provider.GetRequiredService<IConsentLedger>(), provider.GetRequiredService<SubjectPseudonymizer>()))
    .AddSingleton<IncomingCallHandler>()
    .AddSingleton<OutboundCampaign>()
    .AddSingleton<ICrmClient>(new ConsoleCrmClient(Console.Out))
    .AddSingleton<CrmExport>()
    .AddVendorSharing(options => options.Vendors[CrmExport.Vendor] = CrmPolicy.Create());

await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
var customer = new Customer("K-0048213", "Jan de Vries", "+31612345678", "jan.devries@example.nl", "Keizersgracht 123, Amsterdam");
var call = provider.GetRequiredService<IncomingCallHandler>().Handle("call-000123", customer, "billing", "Asked about the November invoice.");
await provider.GetRequiredService<CrmExport>().ExportAsync([call], CancellationToken.None);
provider.GetRequiredService<OutboundCampaign>().Dial(SubjectId.Customer(customer.CustomerId));
