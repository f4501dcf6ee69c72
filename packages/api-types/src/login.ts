/** Body of `POST /api/clusters/NAME/login` (in-cluster mode): the user's own bearer token for NAME. */
export interface ClusterLoginRequest {
  readonly token: string;
}
