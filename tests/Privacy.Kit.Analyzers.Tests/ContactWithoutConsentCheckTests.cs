using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.ContactWithoutConsentCheckAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class ContactWithoutConsentCheckTests
{
    private const string Api = """
        record Decision(bool Allowed);
        class Consent
        {
            [ConsentCheck] public Decision Decide(string phone) => new(false);
            [ConsentCheck] public bool MayCall(string phone) => false;
            public bool Unrelated() => true;
        }
        class Dialer
        {
            [RequiresConsent("direct-marketing")] public void Call(string phone) { }
            [RequiresConsent("service")] public void ServiceCall(string phone) { }
            public void Hangup() { }
        }
        """;

    [Fact]
    public Task Call_without_any_check_is_reported_with_method_and_purpose() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            void Run(Dialer dialer, string phone) => {|#0:dialer.Call(phone)|};
        }
        """,
        expected: Verify.Diagnostic("PK3001").WithLocation(0).WithArguments("Call", "direct-marketing"));

    [Fact]
    public Task Call_on_the_allowed_branch_is_safe_and_on_the_denied_branch_is_reported() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string phone)
            {
                var decision = consent.Decide(phone);
                if (decision.Allowed)
                {
                    dialer.Call(phone);
                }
                else
                {
                    [|dialer.Call(phone)|];
                }
            }
        }
        """);

    [Fact]
    public Task Early_return_on_denial_makes_the_rest_safe() => Verify.VerifyCleanAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string phone)
            {
                if (!consent.Decide(phone).Allowed)
                {
                    return;
                }

                dialer.Call(phone);
            }
        }
        """);

    [Fact]
    public Task Call_after_the_branches_merge_is_reported() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string phone)
            {
                var allowed = consent.MayCall(phone);
                if (allowed)
                {
                    dialer.Hangup();
                }

                [|dialer.Call(phone)|];
            }
        }
        """);

    [Fact]
    public Task Boolean_check_tested_directly_and_inverted_guards_the_right_branch() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string phone)
            {
                if (consent.MayCall(phone)) dialer.Call(phone);
                if (!consent.MayCall(phone)) [|dialer.Call(phone)|];
                if (consent.MayCall(phone) && phone.Length > 0) dialer.Call(phone);
            }
        }
        """);

    [Fact]
    public Task Check_result_that_is_never_tested_does_not_count() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string phone)
            {
                consent.Decide(phone);
                [|dialer.Call(phone)|];
            }
        }
        """);

    [Fact]
    public Task A_test_of_something_else_does_not_count() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string phone)
            {
                if (consent.Unrelated()) [|dialer.Call(phone)|];
            }
        }
        """);

    [Fact]
    public Task Caller_that_requires_consent_for_the_same_purpose_is_not_reported_but_another_purpose_is() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            [RequiresConsent("direct-marketing")]
            void CallAndFollowUp(Dialer dialer, string phone)
            {
                dialer.Call(phone);
                [|dialer.ServiceCall(phone)|];
            }
        }
        """);

    [Fact]
    public Task Lambda_must_check_inside_itself() => Verify.VerifyAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string[] phones)
            {
                if (!consent.MayCall(phones[0])) return;
                Action<string> noCheck = p => [|dialer.Call(p)|];
                Action<string> checkedCall = p => { if (consent.MayCall(p)) dialer.Call(p); };
            }
        }
        """);

    [Fact]
    public Task Loop_over_a_call_list_with_a_check_per_person_is_safe() => Verify.VerifyCleanAsync(Api + """
        class Campaign
        {
            void Run(Consent consent, Dialer dialer, string[] phones)
            {
                foreach (var phone in phones)
                {
                    var decision = consent.Decide(phone);
                    if (!decision.Allowed) continue;
                    dialer.Call(phone);
                }
            }
        }
        """);

    [Fact]
    public Task Code_without_consent_attributes_raises_nothing() => Verify.VerifyCleanAsync("""
        class Dialer { public void Call(string phone) { } }
        class Campaign { void Run(Dialer d) => d.Call("+31"); }
        """);
}
