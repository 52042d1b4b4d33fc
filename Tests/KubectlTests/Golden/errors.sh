kubectl create deployment web --image=nginx
kubectl create deployment web --image=nginx
kubectl create service clusterip web --tcp=80:80
kubectl create service clusterip web --tcp=80:80
kubectl create service clusterip nope
kubectl create service nodeport np --tcp=80:80 --node-port=30080
kubectl create service nodeport taken --tcp=80:80 --node-port=30080
kubectl create service nodeport range --tcp=80:80 --node-port=8080
kubectl create service clusterip My_Svc --tcp=80:80
kubectl create deployment My_App --image=nginx
kubectl create deployment web2
kubectl expose deployment web --port=80 --type=Foo --name=foo
kubectl expose deployment web
kubectl expose deployment doesnotexist --port=80
kubectl get pdos
kubectl get configmaps
kubectl create configmap settings --from-literal=mode=fast
kubectl create secret generic db-pass --from-literal=password=s3cret
kubectl gett pods
kubectl get pods --foo
kubectl get pods -x
kubectl get pods -n
kubectl get
kubectl delete pod
kubectl delete
kubectl scale deployment web
kubectl scale deployment web --replicas=abc
kubectl run nginx --image=nginx
kubectl run nginx --image=nginx
kubectl label pod nginx run=other
kubectl run web --image=nginx --expose
kubectl run tmp --image=busybox -it --rm --dry-run=client
kubectl apply -f nope.yaml
kubectl logs
kubectl get pod doesnotexist
kubectl get deploy doesnotexist
kubectl get svc doesnotexist
kubectl describe pod doesnotexist
kubectl delete namespace default
kubectl get pods -n dev
kubectl create namespace default
kubectl get pods -o yml
kubectl get pods -l 'app=web=x'
kubectl get pods --context=prod
kubectl exec nginx ls
nosuchcommand --help
echo 'unterminated
