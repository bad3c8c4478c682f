using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.ObjectWithPersonalDataLeakedAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class ObjectWithPersonalDataLeakedTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            [Email] public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public Task Message_names_the_member_that_holds_the_personal_data() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation("Updated {@Customer}", {|#0:customer|});
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("customer", "Customer.Email (EmailAddress)", "written to a log", "LogInformation"));

    [Fact]
    public Task Object_sent_whole_to_a_vendor_is_reported() => Verify.VerifyAsync(Customer + """
        [VendorBoundary("Acme CRM")]
        public interface ICrm { void Upsert(Customer customer); }

        class Service(ICrm crm)
        {
            void Handle(Customer customer) => crm.Upsert({|#0:customer|});
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("customer", "Customer.Email (EmailAddress)", "sent to vendor 'Acme CRM'", "Upsert"));

    [Fact]
    public Task Exception_type_holding_personal_data_thrown_is_reported() => Verify.VerifyAsync(Customer + """
        class CustomerException(Customer customer) : Exception("Customer rejected")
        {
            public Customer Customer { get; } = customer;
        }

        class Service
        {
            void Reject(Customer customer) => throw {|#0:new CustomerException(customer)|};
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("new CustomerException(customer)", "Customer.Email (EmailAddress)", "thrown", "throw"));

    [Fact]
    public Task Plain_exception_thrown_and_rethrown_is_not_reported() => Verify.VerifyCleanAsync("""
        class Service
        {
            void Run(Action action)
            {
                try { action(); }
                catch (InvalidOperationException) { throw; }
                throw new InvalidOperationException("failed");
            }
        }
        """);

    [Fact]
    public Task Nested_personal_data_is_found() => Verify.VerifyAsync(Customer + """
        public class Order { public int Number { get; set; } public Customer Buyer { get; set; } = new(); }
        class Service(ILogger logger)
        {
            void Handle(Order order) => logger.LogInformation("{@Order}", {|#0:order|});
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("order", "Customer.Email (EmailAddress)", "written to a log", "LogInformation"));

    [Fact]
    public Task Collection_of_objects_holding_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(List<Customer> customers) => logger.LogDebug("{@All}", [|customers|]);
        }
        """);

    [Fact]
    public Task Dictionary_values_holding_personal_data_are_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Dictionary<int, Customer> byId) => logger.LogDebug("{@All}", [|byId|]);
        }
        """);

    [Fact]
    public Task Object_without_personal_data_is_not_reported() => Verify.VerifyCleanAsync("""
        public class Order { public int Number { get; set; } public decimal Total { get; set; } public string Status { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Order order) => logger.LogInformation("{@Order}", order);
        }
        """);

    [Fact]
    public Task Record_holding_personal_data_by_name_is_reported() => Verify.VerifyAsync("""
        public record Caller(int Id, string PhoneNumber);
        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("{Caller}", [|caller|]);
        }
        """);

    [Fact]
    public Task Private_field_named_like_personal_data_does_not_make_a_type_hold_it() => Verify.VerifyCleanAsync("""
        public class Mailer { private readonly string _email = "noreply@example.com"; public int Sent { get; set; } }
        class Service(ILogger logger)
        {
            void Handle(Mailer mailer) => logger.LogInformation("{@Mailer}", mailer);
        }
        """);

    [Fact]
    public Task Type_classified_as_a_whole_is_reported() => Verify.VerifyAsync("""
        [PersonalData] public class CallRecording { public byte[] Audio { get; set; } = []; }
        class Service(ILogger logger)
        {
            void Handle(CallRecording recording) => logger.LogInformation("{R}", {|#0:recording|});
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("recording", "CallRecording (PersonalData)", "written to a log", "LogInformation"));

    [Fact]
    public Task Type_declared_not_personal_data_is_clean() => Verify.VerifyCleanAsync("""
        [NotPersonalData(Justification = "Our own offices")] public class Branch { public string Address { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Branch branch) => logger.LogInformation("{@Branch}", branch);
        }
        """);

    [Fact]
    public Task Member_of_an_object_holding_personal_data_that_is_clean_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation("{Id}", customer.Id);
        }
        """);

    [Fact]
    public Task Scalar_personal_data_is_left_to_PK1001() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation("{E}", customer.Email);
        }
        """);

    [Fact]
    public Task Framework_service_parameterised_by_a_type_holding_personal_data_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        [VendorBoundary] public interface ITelemetry { void Attach(object source); }
        class Service(ITelemetry telemetry, ILogger<Customer> logger)
        {
            void Handle() => telemetry.Attach(logger);
        }
        """);

    [Fact]
    public Task Task_of_an_object_holding_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            Task<Customer> LoadAsync() => Task.FromResult(new Customer());
            void Handle() => logger.LogInformation("{@Pending}", [|LoadAsync()|]);
        }
        """);

    [Fact]
    public Task Newly_created_object_holding_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        [VendorBoundary("Survey")] public interface ISurvey { void Invite(Customer who); }
        class Service(ISurvey survey)
        {
            void Handle(string email) => survey.Invite([|new Customer { Id = 1, Email = email }|]);
        }
        """);

    [Fact]
    public Task Record_in_a_Console_call_is_reported() => Verify.VerifyAsync("""
        public record Caller([property: Email] string Email);
        class Service
        {
            void Handle(Caller caller) => Console.WriteLine([|caller|]);
        }
        """);

    [Fact]
    public Task Class_without_ToString_in_a_Console_call_prints_its_type_name() => Verify.VerifyCleanAsync(Customer + """
        class Service
        {
            void Handle(Customer customer) => Console.WriteLine(customer);
        }
        """);

    [Fact]
    public Task Object_passed_to_an_ordinary_method_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Repository { public void Save(Customer customer) { } }
        class Service(Repository repository)
        {
            void Handle(Customer customer) => repository.Save(customer);
        }
        """);

    [Fact]
    public Task LogProperties_parameter_is_logged_member_by_member_and_not_reported() => Verify.VerifyCleanAsync(Customer + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Updated")]
            public static partial void Updated(ILogger logger, [LogProperties] Customer customer);

            public static partial void Updated(ILogger logger, Customer customer) { }
        }

        class Service(ILogger logger)
        {
            void Handle(Customer customer) => Log.Updated(logger, customer);
        }
        """);

    [Fact]
    public Task Cyclic_types_are_classified_without_looping() => Verify.VerifyAsync("""
        public class Node { public Node? Parent { get; set; } public List<Node> Children { get; } = []; public string? Email { get; set; } }
        class Service(ILogger logger)
        {
            void Handle(Node node) => logger.LogInformation("{@Node}", [|node|]);
        }
        """);

    [Fact]
    public Task Message_names_every_personal_member_the_record_prints() => Verify.VerifyAsync("""
        public record Order(int Number, [PaymentCard] string CardNumber, [PersonName] string CardHolderName);
        class Service(ILogger logger)
        {
            void Handle(Order order) => logger.LogInformation("Paid {Order}", {|#0:order|});
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("order", "Order.CardNumber (PaymentCard), Order.CardHolderName (PersonName)", "written to a log", "LogInformation"));

    [Fact]
    public Task Object_kept_as_the_actual_value_of_a_thrown_exception_is_reported() => Verify.VerifyAsync(Customer + """
        class Service
        {
            void Check(Customer customer) => throw new ArgumentOutOfRangeException(nameof(customer), {|#0:customer|}, "Unknown segment");
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("customer", "Customer.Email (EmailAddress)", "thrown", "throw"));

    [Fact]
    public Task Number_kept_as_the_actual_value_of_a_thrown_exception_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Service
        {
            void Check(Customer customer) => throw new ArgumentOutOfRangeException(nameof(customer), customer.Id, "Unknown id");
        }
        """);
}

