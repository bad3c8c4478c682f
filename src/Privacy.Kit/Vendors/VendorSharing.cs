using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Options;

namespace Privacy.Kit.Vendors;

/// <summary>
/// Sends payloads to vendors under their data-sharing policies: System.Text.Json options that omit or redact every
/// classified property a vendor's purpose does not allow, and a disclosure log entry for every payload.
/// </summary>
public sealed class VendorSharing
{
    private readonly VendorSharingOptions options;
    private readonly IDisclosureLog log;
    private readonly TimeProvider timeProvider;
    private readonly IRedactorProvider? redactorProvider;
    private readonly ConcurrentDictionary<(string Vendor, string Purpose), JsonSerializerOptions> defaultOptions = new();
    private readonly ConditionalWeakTable<JsonSerializerOptions, VendorPayloadPolicy> policies = [];

    /// <summary>Initializes a new instance of the <see cref="VendorSharing"/> class.</summary>
    /// <param name="options">The vendor policies; validated here as at startup.</param>
    /// <param name="log">Where disclosures are recorded.</param>
    /// <param name="timeProvider">The clock for disclosure times.</param>
    /// <param name="redactorProvider">
    /// The redactors for kinds a policy redacts (register them with <c>AddRedaction(r =&gt; r.AddPrivacyKit())</c>);
    /// without it redacted kinds are omitted.
    /// </param>
    /// <exception cref="OptionsValidationException">A policy is invalid.</exception>
    public VendorSharing(IOptions<VendorSharingOptions> options, IDisclosureLog log, TimeProvider timeProvider, IRedactorProvider? redactorProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = options.Value;
        var errors = VendorPolicyValidator.Validate(this.options, "PrivacyKit");
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(VendorSharingOptions), errors);
        }

        this.log = log;
        this.timeProvider = timeProvider;
        this.redactorProvider = redactorProvider;
    }

    /// <summary>Gets the serializer options for a vendor's purpose, based on the default System.Text.Json settings (cached).</summary>
    /// <param name="vendor">The vendor, as named in the policies.</param>
    /// <param name="purpose">One of the vendor's purposes.</param>
    /// <returns>Read-only options that omit or redact what the policy does not allow.</returns>
    /// <exception cref="InvalidOperationException">The vendor or purpose has no policy.</exception>
    public JsonSerializerOptions GetSerializerOptions(string vendor, string purpose) =>
        defaultOptions.GetOrAdd((vendor, purpose), static (key, self) =>
        {
            var created = self.CreateSerializerOptions(key.Vendor, key.Purpose, JsonSerializerOptions.Default);
            created.MakeReadOnly();
            return created;
        }, this);

    /// <summary>
    /// Creates serializer options for a vendor's purpose from your own: their settings and type-info resolver (reflection or a
    /// source-generated <c>JsonSerializerContext</c>) with the policy added as a modifier. Create them once and reuse them.
    /// </summary>
    /// <param name="vendor">The vendor, as named in the policies.</param>
    /// <param name="purpose">One of the vendor's purposes.</param>
    /// <param name="baseOptions">The options to start from, for example <c>MyContext.Default.Options</c>.</param>
    /// <returns>New options that omit or redact what the policy does not allow.</returns>
    /// <exception cref="InvalidOperationException">The vendor or purpose has no policy.</exception>
    public JsonSerializerOptions CreateSerializerOptions(string vendor, string purpose, JsonSerializerOptions baseOptions)
    {
        ArgumentNullException.ThrowIfNull(baseOptions);
        var policy = CompilePolicy(vendor, purpose);
        var created = new JsonSerializerOptions(baseOptions)
        {
            TypeInfoResolver = (baseOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(policy.Modify),
        };
        policies.Add(created, policy);
        return created;
    }

    /// <summary>
    /// Serializes a payload for a vendor's purpose and records the disclosure (before returning it, so nothing is sent unrecorded).
    /// </summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="vendor">The vendor, as named in the policies.</param>
    /// <param name="purpose">One of the vendor's purposes.</param>
    /// <param name="payload">The payload: one record or a collection of records.</param>
    /// <param name="subjects">Pseudonymous identifiers of the data subjects the payload is about.</param>
    /// <param name="serializerOptions">Options from <see cref="CreateSerializerOptions"/> for the same vendor and purpose; <see langword="null"/> for the default ones.</param>
    /// <param name="cancellationToken">Cancels the disclosure.</param>
    /// <returns>The UTF-8 JSON to send.</returns>
    /// <exception cref="InvalidOperationException">The vendor or purpose has no policy, or the options were made for another.</exception>
    [Redacts(Keeps = "what the vendor's policy allows for the purpose")]
    public async ValueTask<byte[]> DiscloseAsync<T>(
        string vendor,
        string purpose,
        T payload,
        IReadOnlyList<string> subjects,
        JsonSerializerOptions? serializerOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        serializerOptions ??= GetSerializerOptions(vendor, purpose);
        if (!policies.TryGetValue(serializerOptions, out var policy) ||
            !string.Equals(policy.Vendor, vendor, StringComparison.OrdinalIgnoreCase) ||
            !string.Equals(policy.Purpose, purpose, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The serializer options were not created for vendor '{vendor}' and purpose '{purpose}': create them with {nameof(CreateSerializerOptions)}(\"{vendor}\", \"{purpose}\", ...).");
        }

        var typeInfo = serializerOptions.GetTypeInfo(payload?.GetType() ?? typeof(T));
        var json = JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo);
        var (disclosed, redacted) = policy.KindsOf(typeInfo);
        var disclosure = new Disclosure(policy.Vendor, policy.Purpose, disclosed, redacted, CountRecords(payload), [.. subjects], timeProvider.GetUtcNow());
        await log.AppendAsync(disclosure, cancellationToken).ConfigureAwait(false);
        return json;
    }

    private static int CountRecords<T>(T payload) => payload switch
    {
        null => 0,
        string => 1,
        ICollection collection => collection.Count,
        IEnumerable sequence => sequence.Cast<object?>().Count(),
        _ => 1,
    };

    private VendorPayloadPolicy CompilePolicy(string vendor, string purpose)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        ArgumentNullException.ThrowIfNull(purpose);
        if (!options.Vendors.TryGetValue(vendor, out var policy))
        {
            throw new InvalidOperationException(
                $"No data-sharing policy for vendor '{vendor}': add it under PrivacyKit:Vendors (known vendors: {string.Join(", ", options.Vendors.Keys)}).");
        }

        if (!policy.Purposes.TryGetValue(purpose, out var kinds))
        {
            throw new InvalidOperationException(
                $"Vendor '{vendor}' has no purpose '{purpose}' in its policy (its purposes: {string.Join(", ", policy.Purposes.Keys)}).");
        }

        var canonicalVendor = options.Vendors.Keys.First(key => string.Equals(key, vendor, StringComparison.OrdinalIgnoreCase));
        var canonicalPurpose = policy.Purposes.Keys.First(key => string.Equals(key, purpose, StringComparison.OrdinalIgnoreCase));
        return new VendorPayloadPolicy(canonicalVendor, canonicalPurpose, policy, kinds, redactorProvider);
    }
}
