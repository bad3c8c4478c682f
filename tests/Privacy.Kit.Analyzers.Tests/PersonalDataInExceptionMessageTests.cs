using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInExceptionMessageAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class PersonalDataInExceptionMessageTests
{
    [Fact]
    public Task Message_names_the_value_and_the_exception_type() => Verify.VerifyAsync("""
        class Service
        {
            void Find(string email) => throw new InvalidOperationException($"No customer with {{|#0:email|}}");
        }
        """,
        expected: Verify.Diagnostic("PK1003").WithLocation(0).WithArguments("email", "EmailAddress", "InvalidOperationException"));

    [Fact]
    public Task Concatenated_message_is_reported() => Verify.VerifyAsync("""
        class Service
        {
            void Find([PhoneNumber] string caller) => throw new ArgumentException("Unknown caller " + [|caller|]);
        }
        """);

    [Fact]
    public Task Custom_exception_with_a_message_parameter_is_reported() => Verify.VerifyAsync("""
        class CustomerNotFoundException(string message) : Exception(message);
        class Service
        {
            void Find(string iban) => throw new CustomerNotFoundException(string.Format("No account {0}", [|iban|]));
        }
        """);

    [Fact]
    public Task Exception_created_but_not_yet_thrown_is_reported() => Verify.VerifyAsync("""
        class Service
        {
            Exception Fail(string postcode) => new KeyNotFoundException($"Postcode {[|postcode|]} not served");
        }
        """);

    [Fact]
    public Task Identifier_nameof_and_inner_exception_are_clean() => Verify.VerifyCleanAsync("""
        class Service
        {
            void Find(int customerId, string email, Exception inner)
            {
                if (email.Length == 0)
                {
                    throw new ArgumentException("An e-mail address is required", nameof(email));
                }

                throw new InvalidOperationException($"No customer {customerId} ({email.Length} chars)", inner);
            }
        }
        """);

    [Fact]
    public Task Redacted_value_in_a_message_is_clean() => Verify.VerifyCleanAsync("""
        class Service(Redactor redactor)
        {
            void Find(string email) => throw new InvalidOperationException($"No customer {redactor.Redact(email)}");
        }
        """);

    [Fact]
    public Task Throw_expression_in_a_switch_is_reported() => Verify.VerifyAsync("""
        class Service
        {
            string Route(string bsn, int kind) => kind switch
            {
                1 => "desk",
                _ => throw new NotSupportedException($"Cannot route {[|bsn|]}"),
            };
        }
        """);

    [Fact]
    public Task Non_exception_objects_are_not_exception_messages() => Verify.VerifyCleanAsync("""
        record Note(string Text);
        class Service
        {
            Note Make(string email) => new Note(email);
        }
        """);

    [Fact]
    public Task Personal_data_written_into_Exception_Data_is_reported() => Verify.VerifyAsync("""
        class Importer
        {
            void Reject([Email] string email)
            {
                var error = new InvalidOperationException("Import rejected");
                error.Data["contact"] = {|#0:email|};
                throw error;
            }
        }
        """,
        expected: Verify.Diagnostic("PK1003").WithLocation(0).WithArguments("email", "EmailAddress", "Exception.Data"));

    [Fact]
    public Task Personal_data_added_to_Exception_Data_through_a_local_is_reported() => Verify.VerifyAsync("""
        class Importer
        {
            void Reject([PhoneNumber] string phone)
            {
                var error = new InvalidOperationException("Import rejected");
                var data = error.Data;
                data.Add("caller", [|phone|]);
                throw error;
            }
        }
        """);

    [Fact]
    public Task An_identifier_that_is_not_personal_data_in_Exception_Data_is_not_reported() => Verify.VerifyCleanAsync("""
        class Importer
        {
            void Reject(int batchId)
            {
                var error = new InvalidOperationException("Import rejected");
                error.Data["batch"] = batchId;
                error.Data.Add("stage", "parse");
                throw error;
            }
        }
        """);

    [Fact]
    public Task Personal_data_written_to_an_ordinary_dictionary_is_not_reported() => Verify.VerifyCleanAsync("""
        class Importer
        {
            void Keep([Email] string email)
            {
                var seen = new Dictionary<string, string>();
                seen["contact"] = email;
                seen.Add("again", email);
            }
        }
        """);
}

