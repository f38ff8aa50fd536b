// Fills one share of the content cache: tsx scripts/warm-cache.ts <shard> <shards>. Started by prebuild.ts.
import { defaultLoadOptions } from '../lib/posts';
import { warmContentCache } from '../lib/posts/warm';

warmContentCache(defaultLoadOptions(), Number(process.argv[2]), Number(process.argv[3]));
