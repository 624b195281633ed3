using System.Diagnostics;
using AwsLinq.Execution;
using AwsLinq.Explain;
using Microsoft.Extensions.Logging;

namespace AwsLinq.Diagnostics;

/// <summary>
/// What one query execution did, as it goes: its activity, the metrics, and its log entries. The execution code
/// reports to <see cref="Current"/>, the observation of the query whose enumeration it runs in.
/// </summary>
internal sealed class QueryObservation : IDisposable
{
    private static readonly AsyncLocal<QueryObservation?> Ambient = new();

    private readonly QueryPlan _plan;
    private readonly IAwsResource _resource;
    private readonly QueryLogging? _logging;
    private readonly Activity? _activity;
    private readonly TagList _tags;
    private long _requests;
    private long _pages;
    private long _listed;
    private long _inMemory;
    private long _yielded;
    private long _followUps;
    private int _listingsPlanned;
    private int _listingsEnded;
    private bool _streamed;
    private bool _failed;

    private QueryObservation(QueryPlan plan, QueryLogging? logging)
    {
        _plan = plan;
        _logging = logging;
        _resource = Innermost(plan).Listing!.Plan.Resource;
        _tags = Instruments.Operation(_resource.Service, _resource.Operation);
        _activity = Instruments.ActivitySource.StartActivity($"{_resource.Service}.{_resource.Operation} query");
        if (_activity is { IsAllDataRequested: true } || logging?.Logger.IsEnabled(LogLevel.Debug) == true)
        {
            Describe(PlanExplainer.Explain(plan));
        }
    }

    /// <summary>Gets the observation of the query being enumerated here, if any.</summary>
    public static QueryObservation? Current => Ambient.Value;

    public static QueryObservation Start(QueryPlan plan, QueryLogging? logging) => new(plan, logging);

    /// <summary>
    /// Makes this query the current one, and its activity the parent of the AWS SDK's request spans. An async
    /// iterator runs each step in its consumer's context, so this is called before each step.
    /// </summary>
    public void Enter()
    {
        Ambient.Value = this;
        if (_activity is not null)
        {
            Activity.Current = _activity;
        }
    }

    /// <summary>Advances the query's items inside this query's context, counting what it returns and recording a failure.</summary>
    public async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<object?> items)
    {
        Enter();
        _streamed = true;
        try
        {
            if (!await items.MoveNextAsync().ConfigureAwait(false))
            {
                return false;
            }

            _yielded++;
            return true;
        }
        catch (Exception e)
        {
            Fail(e);
            throw;
        }
    }

    public void Fail(Exception error)
    {
        _failed = true;
        _activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        _activity?.SetTag(Instruments.ErrorType, error.GetType().FullName);
    }

    public void RequestSent()
    {
        Interlocked.Increment(ref _requests);
        Instruments.RequestCounter.Add(1, _tags);
    }

    public void PageRead(int items)
    {
        Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _listed, items);
        Instruments.PageCounter.Add(1, _tags);
        Instruments.ListedCounter.Add(items, _tags);
    }

    public void ListingsPlanned(int count) => Interlocked.Add(ref _listingsPlanned, count);

    public void ListingEnded() => Interlocked.Increment(ref _listingsEnded);

    public void FollowUpSent()
    {
        Interlocked.Increment(ref _followUps);
        Instruments.FollowUpCounter.Add(1, _tags);
    }

    public void EvaluatedInMemory()
    {
        Interlocked.Increment(ref _inMemory);
        Instruments.InMemoryCounter.Add(1, _tags);
    }

    public void Dispose()
    {
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(Instruments.Requests, _requests);
            _activity.SetTag(Instruments.Pages, _pages);
            _activity.SetTag(Instruments.ItemsListed, _listed);
            _activity.SetTag(Instruments.ItemsFilteredInMemory, _inMemory);
            _activity.SetTag(Instruments.FollowUpCalls, _followUps);
            if (_streamed)
            {
                _activity.SetTag(Instruments.ItemsYielded, _yielded);
            }

            if (!_failed)
            {
                // A listing not read to its last page: the consumer stopped, or a limit or bound ended it.
                _activity.SetTag(Instruments.StoppedEarly, _listingsEnded < _listingsPlanned);
            }
        }

        _activity?.Dispose();
        if (_logging is { } logging && _inMemory > logging.InMemoryWarningThreshold && logging.Logger.IsEnabled(LogLevel.Warning))
        {
            var explanation = PlanExplainer.Explain(_plan);
            QueryLog.FilteredInMemory(logging.Logger, explanation.Source, string.Join("; ", explanation.InMemory), _inMemory, logging.InMemoryWarningThreshold, _resource.Service);
        }
    }

    private static QueryPlan Innermost(QueryPlan plan) => plan.Inner is null ? plan : Innermost(plan.Inner);

    private void Describe(QueryExplanation explanation)
    {
        if (_logging is { } logging)
        {
            QueryLog.Planned(logging.Logger, explanation.ToString().TrimEnd());
        }

        if (_activity is not { IsAllDataRequested: true } activity)
        {
            return;
        }

        activity.SetTag(Instruments.RpcSystem, Instruments.AwsApi);
        activity.SetTag(Instruments.RpcService, _resource.Service);
        activity.SetTag(Instruments.RpcMethod, _resource.Operation);
        activity.SetTag(Instruments.Source, explanation.Source);
        activity.SetTag(Instruments.Pushdown, string.Join("; ", explanation.Requests));
        activity.SetTag(Instruments.InMemory, string.Join("; ", explanation.InMemory));
        if (_resource.Service == "S3" && explanation.Requests.Select(r => r["Bucket"]).FirstOrDefault() is { } bucket)
        {
            activity.SetTag(Instruments.S3Bucket, bucket);
        }
    }
}
